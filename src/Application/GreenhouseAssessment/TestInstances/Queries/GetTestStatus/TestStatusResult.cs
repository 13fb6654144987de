using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Partner.Application.Common.Interfaces;
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

    /// <summary>For a test the service runs: the ciphertext of its results page's URL, answered by <see cref="Revealed"/>.</summary>
    [JsonIgnore]
    public string? ProtectedResultsUrl { get; init; }

    public static TestStatusResult From(TestInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return From(instance.Status, instance.PartnerProfileUrl, instance.Score, instance.MetadataJson, instance.ProtectedResultsUrl);
    }

    public static TestStatusResult From(TestStatus status, string? profileUrl, double? score, string? metadataJson, string? protectedResultsUrl) => new()
    {
        PartnerStatus = status,
        PartnerProfileUrl = profileUrl,
        PartnerScore = score,
        Metadata = metadataJson is null ? null : JsonNode.Parse(metadataJson) as JsonObject,
        ProtectedResultsUrl = protectedResultsUrl,
    };

    /// <summary>The answer with the results page's URL decrypted into partner_profile_url, for a test the service runs.</summary>
    public TestStatusResult Revealed(ISecretProtector secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        return ProtectedResultsUrl is { } protectedUrl ? this with { PartnerProfileUrl = secrets.Unprotect(protectedUrl), ProtectedResultsUrl = null } : this;
    }

    /// <summary>The metadata as stored (its JSON text), or null.</summary>
    public static string? MetadataText(JsonObject? metadata) => metadata?.ToJsonString(JsonSerializerOptions.Default);
}
