using AutoMapper;
using AutoMapper.QueryableExtensions;
using Partner.Application.Admin.Organizations;
using Partner.Application.Common.Interfaces;

namespace Partner.Application.Admin.AssessmentTests.Queries.ListAssessmentTests;

public sealed class ListAssessmentTestsQueryHandler(IApplicationDbContext db, IMapper mapper)
    : IRequestHandler<ListAssessmentTestsQuery, IReadOnlyList<AssessmentTestDto>>
{
    public async Task<IReadOnlyList<AssessmentTestDto>> Handle(ListAssessmentTestsQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureExistsAsync(request.OrganizationId, cancellationToken);
        return await db.AssessmentTests.AsNoTracking().Where(t => t.OrganizationId == request.OrganizationId)
            .OrderBy(t => t.Name).ThenBy(t => t.PartnerTestId)
            .ProjectTo<AssessmentTestDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
    }
}
