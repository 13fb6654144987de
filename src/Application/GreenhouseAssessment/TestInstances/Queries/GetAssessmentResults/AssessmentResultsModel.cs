using Partner.Application.GreenhouseAssessment.Branding;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetAssessmentResults;

/// <summary>
/// The results page: the candidate (and the name they go by), who sent the test, the résumé while Greenhouse's link works
/// (<paramref name="ResumeUrl"/> null after <see cref="Domain.GreenhouseAssessment.TestInstance.ResumeUrlLifetime"/>, then
/// <paramref name="ResumeExpired"/>), the score and every question.
/// </summary>
public sealed record AssessmentResultsModel(string CandidateName, string? PreferredName, string TestName, CandidateBrand Brand, double Score, int Correct,
    int Total, long DurationSeconds, bool? Passed, int? PassMarkPercent, bool Expired, Deadline Completed, IReadOnlyList<QuestionResult> Questions,
    string? SentBy = null, string? PhoneNumber = null, string? ResumeUrl = null, bool ResumeExpired = false);
