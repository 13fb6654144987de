namespace Partner.Domain.DatabricksPartnerConnect.Connections;

/// <summary>
/// A connection from one Databricks workspace to the partner, created by a Connect call.
/// The PAT, the OAuth M2M secret, the OAuth U2M refresh token and the cached access token are held only as ciphertext
/// (see ISecretProtector).
/// </summary>
public sealed class Connection
{
    private string? _protectedPersonalAccessToken;
    private string? _protectedOAuthSecret;

    /// <summary>Establishes a connection; the caller sets what Databricks sent about the workspace.</summary>
    public Connection(Guid accountId, Guid createdByUserId, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        AccountId = accountId;
        CreatedByUserId = createdByUserId;
        CreatedAt = now;
    }

    /// <summary>For EF Core, which sets every column itself.</summary>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
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

    public required long WorkspaceId { get; init; }

    public required long OrganizationId { get; init; }

    public required string CloudProvider { get; init; }

    public string? CloudProviderRegion { get; init; }

    public required string Hostname { get; init; }

    public required int Port { get; init; }

    public required string WorkspaceUrl { get; init; }

    public string? HttpPath { get; init; }

    public string? JdbcUrl { get; init; }

    public string? DatabricksJdbcUrl { get; init; }

    public string? ClusterId { get; init; }

    public bool IsSqlWarehouse { get; init; }

    public string? CatalogName { get; init; }

    public string? DestinationLocation { get; init; }

    public string? ServicePrincipalId { get; init; }

    public string? OAuthU2mAppId { get; init; }

    /// <summary>Ciphertext of the personal access token, if one was sent.</summary>
    public string? ProtectedPersonalAccessToken { get => _protectedPersonalAccessToken; init => _protectedPersonalAccessToken = value; }

    /// <summary>Ciphertext of the service principal's OAuth secret, if one was sent.</summary>
    public string? ProtectedOAuthSecret { get => _protectedOAuthSecret; init => _protectedOAuthSecret = value; }

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

    public bool IsDemo { get; init; }

    public bool IsFreeTrial { get; init; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

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
        _protectedPersonalAccessToken = null;
        _protectedOAuthSecret = null;
        ProtectedRefreshToken = null;
        ProtectedAccessToken = null;
        AccessTokenType = null;
        AccessTokenExpiresAt = null;
    }
}
