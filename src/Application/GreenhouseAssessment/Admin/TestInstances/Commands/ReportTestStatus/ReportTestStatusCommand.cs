using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetTestStatus;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.TestInstances.Commands.ReportTestStatus;

/// <summary>How the partner's assessment product reports a candidate's progress and result.</summary>
public sealed record ReportTestStatusCommand : IRequest<TestStatusResult>, Common.Behaviours.IRetriedOnWriteConflict
{
    /// <summary>started or complete (status only moves forward).</summary>
    /// <example>complete</example>
    public required PartnerStatus PartnerStatus { get; init; }

    /// <summary>Numerical score.</summary>
    /// <example>81</example>
    public double? PartnerScore { get; init; }

    /// <summary>Required when complete: the candidate's results page on our site.</summary>
    /// <example>http://example.com/tests/12345</example>
    public string? PartnerProfileUrl { get; init; }

    /// <summary>A flat object whose values are strings, numbers, booleans or null.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>From the route.</summary>
    [JsonIgnore]
    public string PartnerInterviewId { get; init; } = string.Empty;
}
