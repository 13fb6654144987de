using Partner.Application.Common.Interfaces;

namespace Partner.Application.AssessmentTests.Queries.ListTests;

public sealed class ListTestsQueryHandler(IApplicationDbContext db) : IRequestHandler<ListTestsQuery, IReadOnlyList<GreenhouseTestDto>>
{
    public async Task<IReadOnlyList<GreenhouseTestDto>> Handle(ListTestsQuery request, CancellationToken cancellationToken) =>
        await db.AssessmentTests.AsNoTracking()
            .Where(t => t.OrganizationId == request.OrganizationId)
            .OrderBy(t => t.Name).ThenBy(t => t.PartnerTestId)
            .Select(t => new GreenhouseTestDto { PartnerTestId = t.PartnerTestId, PartnerTestName = t.Name })
            .ToListAsync(cancellationToken);
}
