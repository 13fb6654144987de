namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetBrand;

public sealed record GetBrandQuery(Guid OrganizationId) : IRequest<BrandDto>;
