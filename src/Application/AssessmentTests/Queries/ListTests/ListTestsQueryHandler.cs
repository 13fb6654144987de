using Partner.Application.Common.Interfaces;
using Partner.Domain.Greenhouse;

namespace Partner.Application.AssessmentTests.Queries.ListTests;

public sealed class ListTestsQueryHandler(IApplicationDbContext db) : IRequestHandler<ListTestsQuery, IReadOnlyList<GreenhouseTestDto>>
{
    // A compiled query: see CompiledQueries.
    private static readonly PerModelQuery<Func<DbContext, Guid, IAsyncEnumerable<GreenhouseTestDto>>> TestsOf = new(() =>
        EF.CompileAsyncQuery((DbContext context, Guid organizationId) => context.Set<AssessmentTest>().AsNoTracking()
            .Where(t => t.OrganizationId == organizationId)
            .OrderBy(t => t.Name).ThenBy(t => t.PartnerTestId)
            .Select(t => new GreenhouseTestDto { PartnerTestId = t.PartnerTestId, PartnerTestName = t.Name })));

    public async Task<IReadOnlyList<GreenhouseTestDto>> Handle(ListTestsQuery request, CancellationToken cancellationToken)
    {
        var tests = new List<GreenhouseTestDto>();
        var context = db.AsDbContext();
        await foreach (var test in TestsOf.For(context)(context, request.OrganizationId).WithCancellation(cancellationToken))
        {
            tests.Add(test);
        }

        return tests;
    }
}
