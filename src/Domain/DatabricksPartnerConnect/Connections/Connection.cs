namespace Partner.Domain.DatabricksPartnerConnect.Connections;

/// <summary>
/// A connection from one Databricks workspace to the partner, created by a Connect call.
/// The PAT, the OAuth M2M secret, the OAuth U2M refresh token and the cached access token are held only as ciphertext
/// (see ISecretProtector).
/// </summary>
public sealed class Connection
{
    private Connection()
    {
        CloudProvider = string.Empty;
        Hostname = string.Empty;
        WorkspaceUrl = string.Empty;
    }

    /// <summary>The partner-side connection id (contract: connection_id).</summary>
    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public Guid CreatedByUserId { get; private set; }

    public long WorkspaceId { get; private set; }

    public long OrganizationId { get; private set; }

    public string CloudProvider { get; private set; }

    public string? CloudProviderRegion { get; private set; }

    public string Hostname { get; private set; }

    public int Port { get; private set; }

    public string WorkspaceUrl { get; private set; }

    public string? HttpPath { get; private set; }

    public string? JdbcUrl { get; private set; }

    public string? DatabricksJdbcUrl { get; private set; }

    public string? ClusterId { get; private set; }

    public bool IsSqlWarehouse { get; private set; }

    public string? CatalogName { get; private set; }

    public string? DestinationLocation { get; private set; }

    public string? ServicePrincipalId { get; private set; }

    public string? OAuthU2mAppId { get; private set; }

    /// <summary>Ciphertext of the personal access token, if one was sent.</summary>
    public string? ProtectedPersonalAccessToken { get; private set; }

    /// <summary>Ciphertext of the service principal's OAuth secret, if one was sent.</summary>
    public string? ProtectedOAuthSecret { get; private set; }

    /// <summary>Ciphertext of the refresh token a user granted through OAuth U2M; null until someone authorizes.</summary>
    public string? ProtectedRefreshToken { get; private set; }

    /// <summary>When a user last authorized the connection through OAuth U2M.</summary>
    public DateTimeOffset? AuthorizedAt { get; private set; }

    /// <summary>Ciphertext of the last OAuth access token obtained, shared by every instance until it nears expiry.</summary>
    public string? ProtectedAccessToken { get; private set; }

    /// <summary>The credential <see cref="ProtectedAccessToken"/> was made from.</summary>
    public DatabricksAuthType? AccessTokenType { get; private set; }

    public DateTimeOffset? AccessTokenExpiresAt { get; private set; }

    /// <summary>The one token request allowed to call Databricks for this connection, until <see cref="TokenLeaseUntil"/>.</summary>
    public Guid? TokenLeaseId { get; private set; }

    public DateTimeOffset? TokenLeaseUntil { get; private set; }

    public bool IsDemo { get; private set; }

    public bool IsFreeTrial { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    /// <summary>
    /// Establishes a connection of <paramref name="accountId"/>, created by <paramref name="createdByUserId"/>, with what
    /// Databricks sent about the workspace and the credentials as ciphertext (see ISecretProtector).
    /// </summary>
    public static Connection Establish(Guid accountId, Guid createdByUserId, ConnectionDetails details,
        string? protectedPersonalAccessToken, string? protectedOAuthSecret, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (accountId == Guid.Empty || createdByUserId == Guid.Empty)
        {
            throw new ArgumentException("A connection belongs to an account and to the user who created it.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(details.CloudProvider);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Hostname);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.WorkspaceUrl);
        ArgumentOutOfRangeException.ThrowIfLessThan(details.Port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(details.Port, 65535);
        if (protectedOAuthSecret is not null && string.IsNullOrEmpty(details.ServicePrincipalId))
        {
            // The service principal's id is the OAuth client id: a secret without it makes no token.
            throw new ArgumentException("An OAuth secret needs the service principal id it belongs to.", nameof(protectedOAuthSecret));
        }

        return new Connection
        {
            Id = Guid.CreateVersion7(now),
            AccountId = accountId,
            CreatedByUserId = createdByUserId,
            WorkspaceId = details.WorkspaceId,
            OrganizationId = details.OrganizationId,
            CloudProvider = details.CloudProvider,
            CloudProviderRegion = details.CloudProviderRegion,
            Hostname = details.Hostname,
            Port = details.Port,
            WorkspaceUrl = details.WorkspaceUrl,
            HttpPath = details.HttpPath,
            JdbcUrl = details.JdbcUrl,
            DatabricksJdbcUrl = details.DatabricksJdbcUrl,
            ClusterId = details.ClusterId,
            IsSqlWarehouse = details.IsSqlWarehouse,
            CatalogName = details.CatalogName,
            DestinationLocation = details.DestinationLocation,
            ServicePrincipalId = details.ServicePrincipalId,
            OAuthU2mAppId = details.OAuthU2mAppId,
            ProtectedPersonalAccessToken = protectedPersonalAccessToken,
            ProtectedOAuthSecret = protectedOAuthSecret,
            IsDemo = details.IsDemo,
            IsFreeTrial = details.IsFreeTrial,
            CreatedAt = now,
        };
    }

    /// <summary>Whether this connection is the one Databricks names (same workspace and cloud).</summary>
    public bool BelongsTo(long workspaceId, string cloudProvider) => IsOf(WorkspaceId, CloudProvider, workspaceId, cloudProvider);

    /// <summary>The rule of <see cref="BelongsTo"/>, for a connection read as plain values.</summary>
    public static bool IsOf(long connectionWorkspaceId, string connectionCloudProvider, long workspaceId, string cloudProvider) =>
        connectionWorkspaceId == workspaceId && string.Equals(connectionCloudProvider, cloudProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the service principal's OAuth secret (M2M) is held.</summary>
    public bool HasOAuthSecret => ProtectedOAuthSecret is not null && !string.IsNullOrEmpty(ServicePrincipalId);

    /// <summary>
    /// The credential a token is made from when the caller names none: the service principal's (M2M secret, else PAT),
    /// which Databricks sends at connect; else the user's (U2M), when <paramref name="u2mClientId"/> says the partner
    /// uses U2M for this connection. Null when the connection holds nothing to make a token from.
    /// </summary>
    public DatabricksAuthType? DefaultAuthType(string? u2mClientId) =>
        HasOAuthSecret ? DatabricksAuthType.OAuthM2M
        : ProtectedPersonalAccessToken is not null ? DatabricksAuthType.Pat
        : u2mClientId is not null ? DatabricksAuthType.OAuthU2M
        : null;

    /// <summary>Deletes the connection on the partner side; the secrets are dropped at once.</summary>
    public void Delete(DateTimeOffset now)
    {
        DeletedAt ??= now;
        ProtectedPersonalAccessToken = null;
        ProtectedOAuthSecret = null;
        ProtectedRefreshToken = null;
        ProtectedAccessToken = null;
        AccessTokenType = null;
        AccessTokenExpiresAt = null;
    }
}
