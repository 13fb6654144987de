using Partner.Domain.Greenhouse;

namespace Partner.Application.TestInstances.Queries.GetCandidatePage;

public sealed record CandidatePageModel(string FirstName, string TestName, string OrganizationName, TestStatus Status);
