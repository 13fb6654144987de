using System.Text.Json.Serialization;

namespace Partner.Application.DatabricksPartnerConnect.Connectors.Queries.ListConnectors;

/// <summary>One page of connectors.</summary>
public sealed record ListConnectorsResult
{
    /// <summary>The connectors of this page.</summary>
    public required IReadOnlyList<ConnectorDto> Connectors { get; init; }

    /// <summary>Opaque token of the next page; absent on the last page.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PaginationToken { get; init; }
}
