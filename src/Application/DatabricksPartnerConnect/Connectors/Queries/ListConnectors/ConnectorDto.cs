using System.Text.Json.Serialization;

namespace Partner.Application.DatabricksPartnerConnect.Connectors.Queries.ListConnectors;

/// <summary>A data source or destination the partner supports.</summary>
public sealed record ConnectorDto
{
    /// <summary>Databricks-defined identifier.</summary>
    /// <example>amazon_s3</example>
    public required string Identifier { get; init; }

    /// <summary>Display name.</summary>
    /// <example>Amazon S3</example>
    public required string Name { get; init; }

    /// <summary>source or target.</summary>
    /// <example>source</example>
    public required string Type { get; init; }

    /// <summary>Optional description.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; init; }
}
