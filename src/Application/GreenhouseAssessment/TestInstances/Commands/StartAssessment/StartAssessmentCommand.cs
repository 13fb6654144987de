using Partner.Application.Common.Behaviours;
using Partner.Application.GreenhouseAssessment.Branding;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Commands.StartAssessment;

/// <summary>The candidate pressed start on the page of their link.</summary>
public sealed record StartAssessmentCommand(string Token) : IRequest<StartAssessmentResult>, IRetriedOnWriteConflict
{
    public override string ToString() => "StartAssessmentCommand { Token = *** }";
}

/// <summary>
/// Where the candidate goes next: the questions on the service (<paramref name="RunByService"/>), the assessment
/// product, or (null) a page saying the test started, in the organization's <paramref name="Brand"/>.
/// </summary>
public sealed record StartAssessmentResult(string? AssessmentUrl, CandidateBrand Brand, bool RunByService = false);
