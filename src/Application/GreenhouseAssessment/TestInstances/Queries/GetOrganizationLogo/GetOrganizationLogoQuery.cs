namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetOrganizationLogo;

/// <summary>An organization's uploaded logo for its candidate pages, by the start of its hash (an older logo's address is 404).</summary>
public sealed record GetOrganizationLogoQuery(Guid OrganizationId, string Hash) : IRequest<OrganizationLogoFile>;
