using Partner.Application.GreenhouseAssessment.Branding;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetCandidatePage;

/// <summary>
/// The candidate page: whom to greet, which test, the organization's brand, the state (expired: not started in time),
/// whether the candidate takes it here (and how long they have), and when the invitation expires (null: never).
/// </summary>
public sealed record CandidatePageModel(string GreetingName, string TestName, CandidateBrand Brand, TestStatus Status,
    bool RunByService = false, int? TimeLimitMinutes = null, Deadline? InvitationExpires = null);
