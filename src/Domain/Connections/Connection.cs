namespace Partner.Domain.Connections;

/// <summary>
/// A connection from one Databricks workspace to the partner, created by a Connect call.
/// The PAT and the OAuth M2M secret are held only as ciphertext (see ISecretProtector).
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

    public bool IsDemo { get; private set; }

    public bool IsFreeTrial { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public static Connection Establish(Guid accountId, Guid createdByUserId, ConnectionDetails details, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
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
        ProtectedPersonalAccessToken = details.ProtectedPersonalAccessToken,
        ProtectedOAuthSecret = details.ProtectedOAuthSecret,
        IsDemo = details.IsDemo,
        IsFreeTrial = details.IsFreeTrial,
        CreatedAt = now,
    };

    /// <summary>Whether this connection is the one Databricks names (same workspace and cloud).</summary>
    public bool BelongsTo(long workspaceId, string cloudProvider) => IsOf(WorkspaceId, CloudProvider, workspaceId, cloudProvider);

    /// <summary>The rule of <see cref="BelongsTo"/>, for a connection read as plain values.</summary>
    public static bool IsOf(long connectionWorkspaceId, string connectionCloudProvider, long workspaceId, string cloudProvider) =>
        connectionWorkspaceId == workspaceId && string.Equals(connectionCloudProvider, cloudProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>Deletes the connection on the partner side; the secrets are dropped at once.</summary>
    public void Delete(DateTimeOffset now)
    {
        DeletedAt ??= now;
        ProtectedPersonalAccessToken = null;
        ProtectedOAuthSecret = null;
    }
}
