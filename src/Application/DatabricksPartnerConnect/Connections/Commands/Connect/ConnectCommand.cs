using Partner.Application.Common.Behaviours;

namespace Partner.Application.DatabricksPartnerConnect.Connections.Commands.Connect;

/// <summary>The Connect API request body (contract: "POST partners/databricks/v1/connect"). Unknown fields are ignored.</summary>
public sealed record ConnectCommand : IRequest<ConnectResult>, IRetriedOnWriteConflict
{
    /// <summary>The Databricks user who clicked Connect.</summary>
    public required ConnectUserInfo UserInfo { get; init; }

    /// <summary>Workspace hostname.</summary>
    /// <example>organization.cloud.databricks.com</example>
    public required string Hostname { get; init; }

    /// <summary>Workspace port.</summary>
    /// <example>443</example>
    public required int Port { get; init; }

    /// <summary>Workspace URL.</summary>
    /// <example>https://organization.cloud.databricks.com/?o=1234567890</example>
    public required string WorkspaceUrl { get; init; }

    /// <summary>Set if is_sql_warehouse is true.</summary>
    /// <example>sql/protocolv1/o/0/0222-185802-deny427</example>
    public string? HttpPath { get; init; }

    /// <summary>Legacy Spark JDBC URL; set if is_sql_warehouse is true.</summary>
    public string? JdbcUrl { get; init; }

    /// <summary>Databricks JDBC URL; set if is_sql_warehouse is true.</summary>
    public string? DatabricksJdbcUrl { get; init; }

    /// <summary>Only present when is_connection_established is true: the partner's connection id.</summary>
    /// <example>7f2e4c43-9714-47cf-9011-d8148eaa27a2</example>
    public string? ConnectionId { get; init; }

    /// <summary>Same as user_info.databricks_organization_id.</summary>
    /// <example>1234567890</example>
    public required long WorkspaceId { get; init; }

    /// <summary>True only when Databricks demos the product: always the create-trial flow.</summary>
    public bool Demo { get; init; }

    /// <summary>aws, azure or gcp.</summary>
    /// <example>azure</example>
    public required string CloudProvider { get; init; }

    /// <summary>Cloud region, optional.</summary>
    public string? CloudProviderRegion { get; init; }

    /// <summary>Whether the workspace is a Databricks free trial.</summary>
    public bool IsFreeTrial { get; init; }

    /// <summary>Optional destination location.</summary>
    public string? DestinationLocation { get; init; }

    /// <summary>Unity Catalog name or hive_metastore.</summary>
    public string? CatalogName { get; init; }

    /// <summary>Reserved by Databricks; ignored.</summary>
    public string? DatabaseName { get; init; }

    /// <summary>SQL warehouse or interactive cluster id, when one is provisioned.</summary>
    /// <example>0222-185802-deny427</example>
    public string? ClusterId { get; init; }

    /// <summary>Same as is_sql_warehouse.</summary>
    public bool? IsSqlEndpoint { get; init; }

    /// <summary>Whether cluster_id names a SQL warehouse (true) or an interactive cluster (false).</summary>
    public bool? IsSqlWarehouse { get; init; }

    /// <summary>Reserved by Databricks; ignored.</summary>
    public string? DataSourceConnector { get; init; }

    /// <summary>UUID of the service principal.</summary>
    public string? ServicePrincipalId { get; init; }

    /// <summary>OAuth secret of the service principal (AUTH_OAUTH_M2M). Stored encrypted.</summary>
    public string? ServicePrincipalOauthSecret { get; init; }

    /// <summary>Client id of the OAuth U2M app connection (AUTH_OAUTH_U2M).</summary>
    public string? OauthU2mAppId { get; init; }

    public override string ToString() =>
        $"ConnectCommand {{ WorkspaceId = {WorkspaceId}, CloudProvider = {CloudProvider}, IsConnectionEstablished = {UserInfo?.IsConnectionEstablished}, ConnectionId = {ConnectionId} }}";
}
