using Partner.Application.Common.Interfaces;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetBrand;

public sealed class GetBrandQueryHandler(IApplicationDbContext db) : IRequestHandler<GetBrandQuery, BrandDto>
{
    public async Task<BrandDto> Handle(GetBrandQuery request, CancellationToken cancellationToken) =>
        BrandDto.From(await db.OrganizationAsync(request.OrganizationId, cancellationToken, tracked: false));
}
