using Partner.Application.Common.Models;

namespace Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Queries.ListAssessmentTests;

/// <summary>The tests of one organization, by name.</summary>
public sealed record ListAssessmentTestsQuery(Guid OrganizationId, int Page = 1, int PageSize = 50) : IPagedQuery<AssessmentTestDto>;
