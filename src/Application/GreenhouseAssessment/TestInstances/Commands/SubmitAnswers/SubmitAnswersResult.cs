using Partner.Application.GreenhouseAssessment.Branding;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Commands.SubmitAnswers;

/// <summary>How it went, for the thank-you page (the score is the recruiter's, not shown to the candidate).</summary>
public sealed record SubmitAnswersResult(string GreetingName, string TestName, bool Expired, CandidateBrand Brand);
