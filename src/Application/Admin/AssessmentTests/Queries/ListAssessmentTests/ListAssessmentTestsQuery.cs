namespace Partner.Application.Admin.AssessmentTests.Queries.ListAssessmentTests;

/// <summary>The tests of one organization.</summary>
public sealed record ListAssessmentTestsQuery(Guid OrganizationId) : IRequest<IReadOnlyList<AssessmentTestDto>>;
