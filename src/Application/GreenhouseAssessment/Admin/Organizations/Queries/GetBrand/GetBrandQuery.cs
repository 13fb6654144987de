namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetBrand;

/// <summary>An organization's brand.</summary>
public sealed record GetBrandQuery(Guid OrganizationId) : IRequest<BrandDto>;
