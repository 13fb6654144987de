using AutoMapper;
using Partner.Application.GreenhouseAssessment.Admin.Organizations;
using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Models;

namespace Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Queries.ListAssessmentTests;

public sealed class ListAssessmentTestsQueryHandler(IApplicationDbContext db, IMapper mapper)
    : IRequestHandler<ListAssessmentTestsQuery, PagedResult<AssessmentTestDto>>
{
    public async Task<PagedResult<AssessmentTestDto>> Handle(ListAssessmentTestsQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureExistsAsync(request.OrganizationId, cancellationToken);
        var tests = db.AssessmentTests.AsNoTracking().Where(t => t.OrganizationId == request.OrganizationId);
        var total = await tests.CountAsync(cancellationToken);
        // The questions are JSON text: map in memory after the page is read.
        var page = await tests.OrderBy(t => t.Name).ThenBy(t => t.PartnerTestId).TakePage(request)
            .ToListAsync(cancellationToken);
        return PagedResult.Of(mapper.Map<List<AssessmentTestDto>>(page), request, total);
    }
}
