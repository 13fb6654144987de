using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Outbound;
using Partner.Application.DatabricksPartnerConnect.Interfaces;
using Partner.Application.DatabricksPartnerConnect.Landing;
using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.OAuth.Commands.StartAuthorization;

/// <summary>contract (docs/contracts/databricks-partner-connect.md, "OAuth U2M"): PKCE (S256); only hashes of the state and binding are stored.</summary>
public sealed class StartAuthorizationCommandHandler(
    IApplicationDbContext db, IOpaqueTokenService tokens, ISecretProtector secrets, U2MClients clients, OutboundUrlPolicy policy,
    IOptions<PartnerConfig> partnerConfig, IOptions<DatabricksOptions> databricks, TimeProvider time)
    : IRequestHandler<StartAuthorizationCommand, StartAuthorizationResult>
{
    public async Task<StartAuthorizationResult> Handle(StartAuthorizationCommand request, CancellationToken cancellationToken)
    {
        var ticket = LandingTicket.ReadAny(tokens, request.Token);
        var visible = await LandingConnections.OfTicketAsync(db, ticket, clients, cancellationToken);
        _ = visible.FirstOrDefault(c => c.Id == request.ConnectionId)
            ?? throw new PartnerException(ErrorReason.ConnectionNotFound, "This connection is not one of this workspace's connections.");
        var connection = await db.Connections.AsNoTracking().FirstAsync(c => c.Id == request.ConnectionId, cancellationToken);
        var clientId = clients.ClientIdFor(connection)
            ?? throw new PartnerException(ErrorReason.BadRequest, "This connection does not use Databricks OAuth: there is nothing to authorize.");
        var (origin, refusal) = DatabricksWorkspaceOrigin.Of(policy, connection.WorkspaceUrl);
        if (origin is null)
        {
            throw new PartnerException(ErrorReason.BadRequest, $"{refusal} Nothing was started; the partner's operators can change the allowed workspaces.");
        }

        var now = time.GetUtcNow();
        var settings = databricks.Value.OAuth;
        var state = OAuthValues.NewSecret();
        var verifier = OAuthValues.NewSecret();
        var binding = OAuthValues.NewSecret();
        var redirectUri = LandingPaths.Combine(partnerConfig.Value.BaseUrl, LandingPaths.OAuthCallback);

        // Started authorizations are kept until they expire (a replay is told apart from an unknown state until then).
        await db.ExecuteWriteAsync(token => db.OAuthAuthorizations.Where(a => a.ExpiresAt < now).ExecuteDeleteAsync(token), cancellationToken);
        db.OAuthAuthorizations.Add(OAuthAuthorization.Start(connection.Id, OAuthValues.Hash(state), OAuthValues.Hash(binding), secrets.Protect(verifier),
            clientId, redirectUri, ticket.RedirectValue, ticket.AccountId, ticket.UserId, now, settings.StateLifetime));
        await db.SaveChangesAsync(cancellationToken);

        var query = string.Join('&', new (string Name, string Value)[]
        {
            ("client_id", clientId),
            ("redirect_uri", redirectUri),
            ("response_type", "code"),
            ("scope", settings.Scopes),
            ("state", state),
            ("code_challenge", OAuthValues.Challenge(verifier)),
            ("code_challenge_method", "S256"),
        }.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
        return new StartAuthorizationResult($"{new Uri(origin, "oidc/v1/authorize")}?{query}", OAuthValues.BindingName(state), binding, settings.StateLifetime);
    }
}
