using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.OAuth;

/// <summary>
/// The access token of a connection (docs/contracts/databricks-partner-connect.md, "Token service"). An OAuth token is
/// kept encrypted on the connection so every instance reuses it, and a new one is fetched once however many callers ask:
/// once per instance (HybridCache's stampede protection) and once across instances (<see cref="AccessTokenRenewal"/>).
/// </summary>
public sealed class ConnectionAccessTokens(
    IApplicationDbContext db, ISecretProtector secrets, HybridCache cache, IServiceScopeFactory scopes, U2MClients clients,
    Landing.LandingLinks links, TimeProvider time)
{
    /// <summary>The least lifetime a handed-out OAuth token has left; a stored one closer to its expiry is renewed first.</summary>
    public static readonly TimeSpan MinimumRemaining = TimeSpan.FromMinutes(2);

    private static readonly HybridCacheEntryOptions SharedRenewal = new()
    {
        Expiration = TimeSpan.FromSeconds(5),
        LocalCacheExpiration = TimeSpan.FromSeconds(5),
        Flags = HybridCacheEntryFlags.DisableDistributedCache,
    };

    /// <summary>Refuses with 404 connection_not_found, 409 authorization_required or conflict, 502 upstream_error.</summary>
    public async Task<AccessToken> GetAsync(Guid connectionId, DatabricksAuthType? requested, CancellationToken cancellationToken)
    {
        var connection = await db.Connections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == connectionId && c.DeletedAt == null, cancellationToken)
            ?? throw NotFound();
        var type = Choose(connection, requested);
        if (type == DatabricksAuthType.Pat)
        {
            return new AccessToken(Unprotect(connection.ProtectedPersonalAccessToken!), type, null);
        }

        if (Stored(connection, type, time.GetUtcNow(), secrets) is { } stored)
        {
            return stored;
        }

        var key = $"databricks-access-token:{connectionId:N}:{type}";
        var renewed = await cache.GetOrCreateAsync(key, async token =>
        {
            // One renewal serves every waiting caller: it runs in a scope of its own, not in the first caller's request.
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<AccessTokenRenewal>().RenewAsync(connectionId, type, token);
        }, SharedRenewal, cancellationToken: cancellationToken);
        // The entry only joins callers to a renewal in flight; later ones find the token stored on the connection.
        await cache.RemoveAsync(key, CancellationToken.None);
        return renewed;
    }

    /// <summary>test-connection's Authentication check: the token, or why there is none (never a secret).</summary>
    public async Task<CredentialCheck> ForCheckAsync(Connection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var type = connection.DefaultAuthType(clients.ClientIdFor(connection));
        var credential = type switch
        {
            DatabricksAuthType.Pat => "personal access token",
            DatabricksAuthType.OAuthM2M => $"OAuth M2M secret of service principal {connection.ServicePrincipalId}",
            DatabricksAuthType.OAuthU2M => "OAuth U2M authorization",
            _ => null,
        };
        if (type is null || credential is null)
        {
            return new CredentialCheck(null, "credential", "No credential is stored for this connection.");
        }

        if (type == DatabricksAuthType.OAuthU2M && connection.ProtectedRefreshToken is null)
        {
            return new CredentialCheck(null, credential,
                "Not authorized yet: a user of the workspace must open the partner from Databricks Partner Connect and choose Authorize Databricks.");
        }

        try
        {
            var token = await GetAsync(connection.Id, type, cancellationToken);
            return new CredentialCheck(token.Value, credential, null);
        }
        catch (PartnerException ex)
        {
            return new CredentialCheck(null, credential, ex.Reason == ErrorReason.UpstreamError
                ? $"The workspace refused the {credential}: {ex.Upstream?.Message ?? ex.DisplayMessage}."
                : ex.DisplayMessage ?? ex.Message);
        }
    }

    /// <summary>The stored OAuth token of <paramref name="type"/> when it has at least <see cref="MinimumRemaining"/> left.</summary>
    internal static AccessToken? Stored(Connection connection, DatabricksAuthType type, DateTimeOffset now, ISecretProtector secrets)
    {
        if (connection.AccessTokenType != type || connection.ProtectedAccessToken is not { } stored
            || connection.AccessTokenExpiresAt is not { } expiresAt || expiresAt - now < MinimumRemaining)
        {
            return null;
        }

        try
        {
            return new AccessToken(secrets.Unprotect(stored), type, expiresAt);
        }
        catch (CryptographicException)
        {
            return null; // a key ring that lost its key: fetch a new one
        }
    }

    internal static PartnerException NotFound() =>
        new(ErrorReason.ConnectionNotFound, "No such connection.", "The connection does not exist or was deleted.");

    private DatabricksAuthType Choose(Connection connection, DatabricksAuthType? requested)
    {
        var u2mClient = clients.ClientIdFor(connection);
        var type = requested ?? connection.DefaultAuthType(u2mClient)
            ?? throw new PartnerException(ErrorReason.Conflict, "This connection holds no credential to make a token from.");
        var held = type switch
        {
            DatabricksAuthType.Pat => connection.ProtectedPersonalAccessToken is not null,
            DatabricksAuthType.OAuthM2M => connection.HasOAuthSecret,
            _ => u2mClient is not null && connection.ProtectedRefreshToken is not null,
        };
        if (held)
        {
            return type;
        }

        if (type == DatabricksAuthType.OAuthU2M && u2mClient is not null)
        {
            throw links.AuthorizationRequired(connection);
        }

        throw new PartnerException(ErrorReason.Conflict, $"This connection holds no {Describe(type)} credential.");
    }

    private string Unprotect(string protectedSecret)
    {
        try
        {
            return secrets.Unprotect(protectedSecret);
        }
        catch (CryptographicException)
        {
            throw new PartnerException(ErrorReason.Conflict, "The stored credential can no longer be decrypted; connect again from Databricks.");
        }
    }

    internal static string Describe(DatabricksAuthType type) => type switch
    {
        DatabricksAuthType.Pat => "personal access token",
        DatabricksAuthType.OAuthM2M => "OAuth M2M",
        _ => "OAuth U2M",
    };
}
