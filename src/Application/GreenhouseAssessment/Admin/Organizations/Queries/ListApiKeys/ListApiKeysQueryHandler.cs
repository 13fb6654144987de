using AutoMapper;
using AutoMapper.QueryableExtensions;
using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Models;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.ListApiKeys;

public sealed class ListApiKeysQueryHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<ListApiKeysQuery, PagedResult<ApiKeyDto>>
{
    public async Task<PagedResult<ApiKeyDto>> Handle(ListApiKeysQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureExistsAsync(request.OrganizationId, cancellationToken);
        var keys = db.OrganizationApiKeys.AsNoTracking().Where(k => k.OrganizationId == request.OrganizationId);
        var total = await keys.CountAsync(cancellationToken);
        var items = await keys.OrderByDescending(k => k.CreatedAt).ThenBy(k => k.Id).TakePage(request)
            .ProjectTo<ApiKeyDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        return PagedResult.Of(items, request, total);
    }
}
