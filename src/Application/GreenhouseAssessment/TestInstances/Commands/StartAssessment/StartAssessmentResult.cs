using Partner.Application.GreenhouseAssessment.Branding;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Commands.StartAssessment;

/// <summary>
/// Where the candidate goes next: the questions on the service (<paramref name="RunByService"/>), the assessment
/// product, or (null) a page saying the test started, in the organization's <paramref name="Brand"/>.
/// </summary>
public sealed record StartAssessmentResult(string? AssessmentUrl, CandidateBrand Brand, bool RunByService = false);
