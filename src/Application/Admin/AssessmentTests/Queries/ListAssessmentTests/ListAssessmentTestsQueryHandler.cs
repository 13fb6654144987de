using AutoMapper;
using AutoMapper.QueryableExtensions;
using Partner.Application.Admin.Organizations;
using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Models;

namespace Partner.Application.Admin.AssessmentTests.Queries.ListAssessmentTests;

public sealed class ListAssessmentTestsQueryHandler(IApplicationDbContext db, IMapper mapper)
    : IRequestHandler<ListAssessmentTestsQuery, PagedResult<AssessmentTestDto>>
{
    public async Task<PagedResult<AssessmentTestDto>> Handle(ListAssessmentTestsQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureExistsAsync(request.OrganizationId, cancellationToken);
        var tests = db.AssessmentTests.AsNoTracking().Where(t => t.OrganizationId == request.OrganizationId);
        var total = await tests.CountAsync(cancellationToken);
        var items = await tests.OrderBy(t => t.Name).ThenBy(t => t.PartnerTestId)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .ProjectTo<AssessmentTestDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        return new PagedResult<AssessmentTestDto>(items, request.Page, request.PageSize, total);
    }
}
