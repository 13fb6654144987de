using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Models;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.ListApiKeys;

public sealed class ListApiKeysQueryHandler(IApplicationDbContext db) : IRequestHandler<ListApiKeysQuery, PagedResult<ApiKeyDto>>
{
    public async Task<PagedResult<ApiKeyDto>> Handle(ListApiKeysQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureExistsAsync(request.OrganizationId, cancellationToken);
        var keys = db.OrganizationApiKeys.AsNoTracking().Where(k => k.OrganizationId == request.OrganizationId);
        var total = await keys.CountAsync(cancellationToken);
        var items = await keys.OrderByDescending(k => k.CreatedAt).ThenBy(k => k.Id).TakePage(request)
            .Select(k => new ApiKeyDto { Id = k.Id, CreatedAt = k.CreatedAt, LastUsedAt = k.LastUsedAt, RevokedAt = k.RevokedAt })
            .ToListAsync(cancellationToken);
        return PagedResult.Of(items, request, total);
    }
}
