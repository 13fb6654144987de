namespace Partner.Domain.Connections;

/// <summary>What Databricks sends about a workspace in a Connect call, secrets already encrypted.</summary>
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

    public string? ProtectedPersonalAccessToken { get; init; }

    public string? ProtectedOAuthSecret { get; init; }

    public bool IsDemo { get; init; }

    public bool IsFreeTrial { get; init; }
}
