using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Outbound;
using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.OAuth;

/// <summary>
/// Fetches a new OAuth token for a connection, one request at a time across every instance: the request holding the
/// connection's lease (TokenLeaseId, TokenLeaseUntil) calls Databricks and stores the token for everyone. A rotated U2M
/// refresh token replaces only the one that was sent, so two refreshes never leave a consumed one behind. The lease
/// outlives the call's timeout, so it cannot pass to another request while a call runs.
/// </summary>
public sealed class AccessTokenRenewal(
    IApplicationDbContext db, ISecretProtector secrets, IDatabricksOAuthClient oauth, OutboundUrlPolicy policy, U2MClients clients,
    Landing.LandingLinks links, IOptions<DatabricksOptions> options, TimeProvider time, ILogger<AccessTokenRenewal> logger)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public async Task<AccessToken> RenewAsync(Guid connectionId, DatabricksAuthType type, CancellationToken cancellationToken)
    {
        var lease = options.Value.Timeout + TimeSpan.FromSeconds(5);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var connection = await db.Connections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == connectionId && c.DeletedAt == null, cancellationToken)
                ?? throw ConnectionAccessTokens.NotFound();
            var now = time.GetUtcNow();
            if (ConnectionAccessTokens.Stored(connection, type, now, secrets) is { } stored)
            {
                return stored;
            }

            if (type == DatabricksAuthType.OAuthU2M && connection.ProtectedRefreshToken is null)
            {
                throw links.AuthorizationRequired(connection);
            }

            var leaseId = Guid.NewGuid();
            var until = now + lease;
            var claimed = await db.ExecuteWriteAsync(token => db.Connections
                .Where(c => c.Id == connectionId && c.DeletedAt == null && (c.TokenLeaseUntil == null || c.TokenLeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.TokenLeaseId, leaseId).SetProperty(c => c.TokenLeaseUntil, until), token), cancellationToken);
            if (claimed == 1)
            {
                try
                {
                    return await FetchAsync(connection, type, cancellationToken);
                }
                finally
                {
                    await ReleaseAsync(connectionId, leaseId);
                }
            }

            if (waited.Elapsed > lease)
            {
                throw Upstream(null, null, "another request for this connection's token has not finished; retry shortly");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private async Task<AccessToken> FetchAsync(Connection connection, DatabricksAuthType type, CancellationToken cancellationToken)
    {
        var (origin, refusal) = DatabricksWorkspaceOrigin.Of(policy, connection.WorkspaceUrl);
        if (origin is null)
        {
            throw Upstream(null, null, refusal!);
        }

        OAuthTokenAnswer answer;
        string? sentRefreshToken = null;
        try
        {
            if (type == DatabricksAuthType.OAuthM2M)
            {
                answer = await oauth.ClientCredentialsAsync(origin, connection.ServicePrincipalId!, secrets.Unprotect(connection.ProtectedOAuthSecret!),
                    cancellationToken);
            }
            else
            {
                var clientId = clients.ClientIdFor(connection)
                    ?? throw new PartnerException(ErrorReason.Conflict, "The PartnerConfig no longer names an OAuth U2M app for this connection.");
                sentRefreshToken = connection.ProtectedRefreshToken!;
                answer = await oauth.RefreshAsync(origin, clientId, secrets.Unprotect(sentRefreshToken), cancellationToken);
            }
        }
        catch (CryptographicException)
        {
            throw new PartnerException(ErrorReason.Conflict, "The stored credential can no longer be decrypted; connect again from Databricks.");
        }

        if (answer.Failure is { } failure)
        {
            if (sentRefreshToken is not null && failure.IsInvalidGrant)
            {
                logger.LogWarning("Databricks refused the OAuth U2M refresh token of connection {ConnectionId}; it must be authorized again", connection.Id);
                try
                {
                    await db.ExecuteWriteAsync(token => db.Connections.Where(c => c.Id == connection.Id && c.ProtectedRefreshToken == sentRefreshToken)
                        .ExecuteUpdateAsync(s => s.SetProperty(c => c.ProtectedRefreshToken, (string?)null).SetProperty(c => c.AuthorizedAt, (DateTimeOffset?)null),
                            token), CancellationToken.None);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Could not forget the refused refresh token of connection {ConnectionId}", connection.Id);
                }
            }

            throw Upstream(failure.Status, failure.Error, failure.Description);
        }

        var tokens = answer.Tokens!;
        var expiresAt = time.GetUtcNow() + tokens.ExpiresIn;
        var protectedAccess = secrets.Protect(tokens.AccessToken);
        var refresh = sentRefreshToken is not null && !string.IsNullOrEmpty(tokens.RefreshToken) ? secrets.Protect(tokens.RefreshToken) : sentRefreshToken;
        int kept;
        try
        {
            kept = await db.ExecuteWriteAsync(token => db.Connections
                .Where(c => c.Id == connection.Id && c.DeletedAt == null && (sentRefreshToken == null || c.ProtectedRefreshToken == sentRefreshToken))
                .ExecuteUpdateAsync(s =>
                {
                    s.SetProperty(c => c.ProtectedAccessToken, protectedAccess).SetProperty(c => c.AccessTokenType, type)
                        .SetProperty(c => c.AccessTokenExpiresAt, expiresAt);
                    if (sentRefreshToken is not null)
                    {
                        s.SetProperty(c => c.ProtectedRefreshToken, refresh);
                    }
                }, token), CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The token Databricks granted is valid: the caller gets it. What is lost is its reuse, and for U2M the rotated
            // refresh token, so the next refresh will be refused and a user must authorize again (docs/operations.md).
            logger.LogError(ex, "The new {AuthType} token of connection {ConnectionId} could not be stored", type, connection.Id);
            return new AccessToken(tokens.AccessToken, type, expiresAt);
        }

        if (kept == 0)
        {
            // Deleted meanwhile (then no token leaves), or another request replaced the refresh token after this one's lease
            // ran out: the token is valid, but the stored refresh token is the newer one.
            if (!await db.Connections.AsNoTracking().AnyAsync(c => c.Id == connection.Id && c.DeletedAt == null, CancellationToken.None))
            {
                throw ConnectionAccessTokens.NotFound();
            }

            logger.LogWarning("The new {AuthType} token of connection {ConnectionId} was not stored: another request replaced its refresh token first",
                type, connection.Id);
        }

        return new AccessToken(tokens.AccessToken, type, expiresAt);
    }

    private async Task ReleaseAsync(Guid connectionId, Guid leaseId)
    {
        try
        {
            await db.ExecuteWriteAsync(token => db.Connections.Where(c => c.Id == connectionId && c.TokenLeaseId == leaseId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.TokenLeaseId, (Guid?)null).SetProperty(c => c.TokenLeaseUntil, (DateTimeOffset?)null), token),
                CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not release the token lease of connection {ConnectionId}; it expires by itself", connectionId);
        }
    }

    private static PartnerException Upstream(int? status, string? error, string description) =>
        new(ErrorReason.UpstreamError, "Databricks did not grant an access token for this connection.", $"The workspace's token endpoint: {description}.")
        {
            Upstream = new UpstreamError(status, error, description),
        };
}
