namespace Partner.Domain.Connections;

/// <summary>
/// A connection from one Databricks workspace to the partner, created by a Connect call.
/// The PAT and the OAuth M2M secret are held only as ciphertext (see ISecretProtector).
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

    public bool IsDemo { get; init; }

    public bool IsFreeTrial { get; init; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    /// <summary>Whether this connection is the one Databricks names (same workspace and cloud).</summary>
    public bool BelongsTo(long workspaceId, string cloudProvider) => IsOf(WorkspaceId, CloudProvider, workspaceId, cloudProvider);

    /// <summary>The rule of <see cref="BelongsTo"/>, for a connection read as plain values.</summary>
    public static bool IsOf(long connectionWorkspaceId, string connectionCloudProvider, long workspaceId, string cloudProvider) =>
        connectionWorkspaceId == workspaceId && string.Equals(connectionCloudProvider, cloudProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>Deletes the connection on the partner side; the secrets are dropped at once.</summary>
    public void Delete(DateTimeOffset now)
    {
        DeletedAt ??= now;
        _protectedPersonalAccessToken = null;
        _protectedOAuthSecret = null;
    }
}
