using Partner.Domain.Greenhouse;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetCandidatePage;

/// <summary>The candidate page: who, which test, its state, and whether the candidate takes it here (and how long they have).</summary>
public sealed record CandidatePageModel(string FirstName, string TestName, string OrganizationName, TestStatus Status,
    bool RunByService = false, int? TimeLimitMinutes = null);
