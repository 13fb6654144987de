using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Models;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.ListOrganizations;

public sealed class ListOrganizationsQueryHandler(IApplicationDbContext db) : IRequestHandler<ListOrganizationsQuery, PagedResult<OrganizationDto>>
{
    public async Task<PagedResult<OrganizationDto>> Handle(ListOrganizationsQuery request, CancellationToken cancellationToken)
    {
        var total = await db.Organizations.CountAsync(cancellationToken);
        var items = await db.Organizations.AsNoTracking().OrderBy(o => o.Name).ThenBy(o => o.Id).TakePage(request)
            .Select(o => new OrganizationDto
            {
                Id = o.Id,
                Name = o.Name,
                CreatedAt = o.CreatedAt,
                ActiveApiKeys = db.OrganizationApiKeys.Count(k => k.OrganizationId == o.Id && k.RevokedAt == null),
                Tests = db.AssessmentTests.Count(t => t.OrganizationId == o.Id),
            })
            .ToListAsync(cancellationToken);
        return PagedResult.Of(items, request, total);
    }
}
