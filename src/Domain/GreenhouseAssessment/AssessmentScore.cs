using System.Text.Json;

namespace Partner.Domain.GreenhouseAssessment;

/// <summary>A scored submission: what partner_score and metadata answer, and the answers that counted.</summary>
public sealed record AssessmentScore(double Score, int Correct, int Total, long DurationSeconds, bool? Passed, bool Expired, IReadOnlyList<int?> Counted)
{
    /// <summary>test_status's metadata: a flat object of primitives.</summary>
    public string MetadataJson()
    {
        var metadata = new Dictionary<string, object?>
        {
            ["correct"] = Correct,
            ["total"] = Total,
            ["duration_seconds"] = DurationSeconds,
            ["passed"] = Passed,
        };
        if (Expired)
        {
            metadata["expired"] = true;
        }

        return JsonSerializer.Serialize(metadata);
    }
}
