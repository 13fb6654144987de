using Partner.Application.Common.Models;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.ListOrganizations;

/// <summary>The Greenhouse organizations, by name, with the ids the other admin calls take.</summary>
public sealed record ListOrganizationsQuery(int Page = 1, int PageSize = 50) : IPagedQuery<OrganizationDto>;
