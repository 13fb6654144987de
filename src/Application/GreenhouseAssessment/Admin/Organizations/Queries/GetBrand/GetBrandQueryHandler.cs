using AutoMapper;
using AutoMapper.QueryableExtensions;
using Partner.Application.Common.Interfaces;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetBrand;

public sealed class GetBrandQueryHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetBrandQuery, BrandDto>
{
    public async Task<BrandDto> Handle(GetBrandQuery request, CancellationToken cancellationToken) =>
        await db.Organizations.AsNoTracking().Where(o => o.Id == request.OrganizationId)
            .ProjectTo<BrandDto>(mapper.ConfigurationProvider)
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw OrganizationLookup.NotFound();
}
