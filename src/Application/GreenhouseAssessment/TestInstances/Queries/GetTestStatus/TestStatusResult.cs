using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Partner.Application.Common.Interfaces;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetTestStatus;

/// <summary>contract: the test_status answer. Absent values are null, never missing (docs/greenhouse.md "The contract").</summary>
public sealed record TestStatusResult
{
    /// <summary>sent, started, complete, or expired (an invitation not started in time). Greenhouse polls until it reads complete.</summary>
    /// <example>complete</example>
    [Required]
    public PartnerStatus PartnerStatus => Status.ToPartnerStatus();

    /// <summary>The instance's status, as the domain knows it.</summary>
    [JsonIgnore]
    public TestStatus Status { get; init; }

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

    /// <summary>When the invitation expires, for <see cref="At"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset? InvitationExpiresAt { get; init; }

    public static TestStatusResult From(TestInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return From(instance.Status, instance.PartnerProfileUrl, instance.Score, instance.MetadataJson, instance.ProtectedResultsUrl, instance.InvitationExpiresAt);
    }

    public static TestStatusResult From(TestStatus status, string? profileUrl, double? score, string? metadataJson, string? protectedResultsUrl,
        DateTimeOffset? invitationExpiresAt) => new()
    {
        Status = status,
        PartnerProfileUrl = profileUrl,
        PartnerScore = score,
        Metadata = metadataJson is null ? null : JsonNode.Parse(metadataJson) as JsonObject,
        ProtectedResultsUrl = protectedResultsUrl,
        InvitationExpiresAt = invitationExpiresAt,
    };

    /// <summary>The answer at <paramref name="now"/>: partner_status expired for an invitation not started before its expiry.</summary>
    public TestStatusResult At(DateTimeOffset now) =>
        this with { Status = TestInstance.StatusAt(Status, InvitationExpiresAt, now) };

    /// <summary>The answer with the results page's URL decrypted into partner_profile_url, for a test the service runs.</summary>
    public TestStatusResult Revealed(ISecretProtector secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        return ProtectedResultsUrl is { } protectedUrl ? this with { PartnerProfileUrl = secrets.Unprotect(protectedUrl), ProtectedResultsUrl = null } : this;
    }

    /// <summary>The metadata as stored (its JSON text), or null.</summary>
    public static string? MetadataText(JsonObject? metadata) => metadata?.ToJsonString(JsonSerializerOptions.Default);
}
