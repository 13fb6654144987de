namespace Partner.Domain.DatabricksPartnerConnect.Connections;

/// <summary>What Databricks sent at connect about the workspace, its compute and its service principal (no secrets).</summary>
public sealed record ConnectionDetails
{
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

    public bool IsDemo { get; init; }

    public bool IsFreeTrial { get; init; }
}
