using AutoMapper;
using AutoMapper.QueryableExtensions;
using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Models;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.ListOrganizations;

public sealed class ListOrganizationsQueryHandler(IApplicationDbContext db, IMapper mapper)
    : IRequestHandler<ListOrganizationsQuery, PagedResult<OrganizationDto>>
{
    public async Task<PagedResult<OrganizationDto>> Handle(ListOrganizationsQuery request, CancellationToken cancellationToken)
    {
        var total = await db.Organizations.CountAsync(cancellationToken);
        var page = await db.Organizations.AsNoTracking().OrderBy(o => o.Name).ThenBy(o => o.Id).TakePage(request)
            .ProjectTo<OrganizationDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);

        var ids = page.Select(o => o.Id).ToList();
        var keys = await db.OrganizationApiKeys.Where(k => ids.Contains(k.OrganizationId) && k.RevokedAt == null).GroupBy(k => k.OrganizationId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var tests = await db.AssessmentTests.Where(t => ids.Contains(t.OrganizationId)).GroupBy(t => t.OrganizationId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var items = page.Select(o => o with { ActiveApiKeys = keys.GetValueOrDefault(o.Id), Tests = tests.GetValueOrDefault(o.Id) }).ToList();
        return PagedResult.Of(items, request, total);
    }
}
