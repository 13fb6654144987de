using System.Text.Json;
using System.Text.Json.Nodes;
using Partner.Domain.Greenhouse;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetTestStatus;

/// <summary>contract: the test_status answer. Absent values are null, never missing (docs/greenhouse.md "The contract").</summary>
public sealed record TestStatusResult
{
    /// <summary>sent, started or complete. Greenhouse polls until it reads complete.</summary>
    /// <example>complete</example>
    public required TestStatus PartnerStatus { get; init; }

    /// <summary>URL to the candidate's page on our site; present once complete.</summary>
    /// <example>http://example.com/tests/12345</example>
    public string? PartnerProfileUrl { get; init; }

    /// <summary>Numerical score of the candidate's performance.</summary>
    /// <example>81</example>
    public double? PartnerScore { get; init; }

    /// <summary>A flat object of primitives shown in Greenhouse's test results.</summary>
    public JsonObject? Metadata { get; init; }

    public static TestStatusResult From(TestInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return From(instance.Status, instance.PartnerProfileUrl, instance.Score, instance.MetadataJson);
    }

    public static TestStatusResult From(TestStatus status, string? profileUrl, double? score, string? metadataJson) => new()
    {
        PartnerStatus = status,
        PartnerProfileUrl = profileUrl,
        PartnerScore = score,
        Metadata = metadataJson is null ? null : JsonNode.Parse(metadataJson) as JsonObject,
    };

    /// <summary>The metadata as stored (its JSON text), or null.</summary>
    public static string? MetadataText(JsonObject? metadata) => metadata?.ToJsonString(JsonSerializerOptions.Default);
}
