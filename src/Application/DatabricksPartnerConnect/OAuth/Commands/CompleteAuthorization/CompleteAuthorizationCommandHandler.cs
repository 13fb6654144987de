using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Outbound;
using Partner.Application.DatabricksPartnerConnect.Landing;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.OAuth.Commands.CompleteAuthorization;

/// <summary>
/// contract (docs/contracts/databricks-partner-connect.md, "OAuth U2M"): the callback. The state must be unexpired, unused
/// and come back in the browser that started it; it is then consumed whatever follows, and every ending but success
/// stores no credential and says what to do next.
/// </summary>
public sealed partial class CompleteAuthorizationCommandHandler(
    IApplicationDbContext db, ISecretProtector secrets, IDatabricksOAuthClient oauth, OutboundUrlPolicy policy, LandingLinks links,
    IOptions<PartnerConfig> partnerConfig, IOptions<DatabricksOptions> databricks, TimeProvider time,
    ILogger<CompleteAuthorizationCommandHandler> logger)
    : IRequestHandler<CompleteAuthorizationCommand, CompleteAuthorizationResult>
{
    public async Task<CompleteAuthorizationResult> Handle(CompleteAuthorizationCommand request, CancellationToken cancellationToken)
    {
        var partner = partnerConfig.Value.Name;
        var startAgain = $"Open {partner} from Databricks Partner Connect and choose Authorize Databricks.";
        if (string.IsNullOrEmpty(request.State) || request.State.Length > 200)
        {
            return Ended(AuthorizationOutcome.UnknownState, $"This authorization is not one {partner} started, or it has expired. Nothing was stored. {startAgain}");
        }

        var stateHash = OAuthValues.Hash(request.State);
        var started = await db.OAuthAuthorizations.AsNoTracking().FirstOrDefaultAsync(a => a.StateHash == stateHash, cancellationToken);
        var now = time.GetUtcNow();
        if (started is null)
        {
            return Ended(AuthorizationOutcome.UnknownState, $"This authorization is not one {partner} started, or it has expired. Nothing was stored. {startAgain}");
        }

        if (started.UsedAt is not null)
        {
            return Ended(AuthorizationOutcome.Replayed, $"This authorization was completed already: its link works once. Nothing was changed. {startAgain}");
        }

        if (started.IsExpired(now))
        {
            return Ended(AuthorizationOutcome.Expired,
                $"This authorization took longer than {databricks.Value.OAuth.StateLifetime.TotalMinutes:0} minutes and has expired. Nothing was stored. {startAgain}");
        }

        if (!SameBrowser(started, request.BrowserBinding))
        {
            return Ended(AuthorizationOutcome.OtherBrowser,
                "This authorization was started in another browser (or its cookie was removed). For your safety nothing was stored: "
                + "finish it in the browser where you chose Authorize Databricks, or start again there.");
        }

        var consumed = await db.ExecuteWriteAsync(token => db.OAuthAuthorizations.Where(a => a.Id == started.Id && a.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.UsedAt, now), token), cancellationToken);
        if (consumed == 0)
        {
            return Ended(AuthorizationOutcome.Replayed, $"This authorization was completed already: its link works once. Nothing was changed. {startAgain}");
        }

        var back = links.For(new RedirectTicket(started.ReturnPage, started.AccountId, started.UserId, started.ConnectionId));
        var tryAgain = "Go back to your account and choose Authorize Databricks again.";
        if (request.Error is { } error)
        {
            var word = OAuthError().IsMatch(error) ? error : "an error";
            return Ended(AuthorizationOutcome.Declined, error == "access_denied"
                ? $"You did not allow {partner} to use your Databricks account, so nothing was stored. {tryAgain}"
                : $"Databricks did not authorize {partner} ({word}). Nothing was stored. {tryAgain}", back);
        }

        var connection = await db.Connections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == started.ConnectionId && c.DeletedAt == null, cancellationToken);
        if (connection is null)
        {
            return Ended(AuthorizationOutcome.ConnectionGone,
                $"This Databricks connection was deleted meanwhile. Nothing was stored. Connect {partner} again from Databricks Partner Connect.");
        }

        var (origin, refusal) = DatabricksWorkspaceOrigin.Of(policy, connection.WorkspaceUrl);
        if (origin is null)
        {
            return Ended(AuthorizationOutcome.NotAllowed, $"{refusal} Nothing was stored; ask the operators of {partner} to allow this workspace.", back);
        }

        if (string.IsNullOrEmpty(request.Code) || request.Code.Length > 4096)
        {
            return Ended(AuthorizationOutcome.TokenRefused, $"Databricks sent no authorization code. Nothing was stored. {tryAgain}", back);
        }

        string verifier;
        try
        {
            verifier = secrets.Unprotect(started.ProtectedCodeVerifier);
        }
        catch (CryptographicException)
        {
            return Ended(AuthorizationOutcome.TokenRefused, $"This authorization can no longer be read (the service's keys changed). Nothing was stored. {tryAgain}", back);
        }

        var answer = await oauth.RedeemCodeAsync(origin, started.ClientId, request.Code, started.RedirectUri, verifier, cancellationToken);
        if (answer.Failure is { } failure)
        {
            logger.LogWarning("OAuth U2M authorization of connection {ConnectionId} failed at the token endpoint: {Failure}", connection.Id, failure.Description);
            return failure.Refused
                ? Ended(AuthorizationOutcome.TokenRefused, $"Databricks refused to complete the authorization ({failure.Description}). Nothing was stored. {tryAgain}", back)
                : Ended(AuthorizationOutcome.TokenUnavailable,
                    $"Databricks could not be reached to complete the authorization ({failure.Description}). Nothing was stored. Try again in a moment: {tryAgain}", back);
        }

        var tokens = answer.Tokens!;
        if (string.IsNullOrEmpty(tokens.RefreshToken))
        {
            return Ended(AuthorizationOutcome.TokenRefused,
                $"Databricks granted no refresh token (the app needs the scope offline_access), so {partner} could not keep the authorization. Nothing was stored. "
                + "Ask the partner's operators to check the app's scopes.", back);
        }

        var refresh = secrets.Protect(tokens.RefreshToken);
        var access = secrets.Protect(tokens.AccessToken);
        var expiresAt = now + tokens.ExpiresIn;
        var stored = await db.ExecuteWriteAsync(token => db.Connections.Where(c => c.Id == connection.Id && c.DeletedAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.ProtectedRefreshToken, refresh).SetProperty(c => c.AuthorizedAt, now)
                .SetProperty(c => c.ProtectedAccessToken, access).SetProperty(c => c.AccessTokenType, DatabricksAuthType.OAuthU2M)
                .SetProperty(c => c.AccessTokenExpiresAt, expiresAt), token), CancellationToken.None);
        if (stored == 0)
        {
            return Ended(AuthorizationOutcome.ConnectionGone,
                $"This Databricks connection was deleted meanwhile. Nothing was stored. Connect {partner} again from Databricks Partner Connect.");
        }

        logger.LogInformation("OAuth U2M authorization of connection {ConnectionId} completed", connection.Id);
        var host = Uri.TryCreate(connection.WorkspaceUrl, UriKind.Absolute, out var url) ? url.Host : connection.Hostname;
        return Ended(AuthorizationOutcome.Authorized,
            $"Databricks authorized {partner} to work as you in the workspace {host}. {partner} can now use this connection; you can close this tab or go back to your account.",
            back);
    }

    private static bool SameBrowser(OAuthAuthorization started, string? binding) =>
        !string.IsNullOrEmpty(binding) && binding.Length <= 200 && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(OAuthValues.Hash(binding)), Encoding.ASCII.GetBytes(started.BrowserBindingHash));

    private static CompleteAuthorizationResult Ended(AuthorizationOutcome outcome, string message, string? returnUrl = null) => new(outcome, message, returnUrl);

    // RFC 6749 error codes are lowercase words with underscores; anything else is not repeated to the user.
    [GeneratedRegex("^[a-z_]{1,64}$")]
    private static partial Regex OAuthError();
}
