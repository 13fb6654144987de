using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;
using Partner.Domain.Greenhouse;

namespace Partner.Application.TestInstances.Queries.GetTestStatus;

public sealed class GetTestStatusQueryHandler(IApplicationDbContext db) : IRequestHandler<GetTestStatusQuery, TestStatusResult>
{
    // A compiled query (see CompiledQueries) of only the four answered columns: Greenhouse polls this hourly per test.
    private static readonly PerModelQuery<Func<DbContext, string, Guid, CancellationToken, Task<TestStatusResult?>>> FindStatus = new(() =>
        EF.CompileAsyncQuery((DbContext context, string partnerInterviewId, Guid organizationId, CancellationToken _) =>
            context.Set<TestInstance>()
                .Where(i => i.PartnerInterviewId == partnerInterviewId && i.OrganizationId == organizationId)
                .Select(i => TestStatusResult.From(i.Status, i.PartnerProfileUrl, i.Score, i.MetadataJson))
                .FirstOrDefault()));

    public async Task<TestStatusResult> Handle(GetTestStatusQuery request, CancellationToken cancellationToken)
    {
        var context = db.AsDbContext();
        return await FindStatus.For(context)(context, request.PartnerInterviewId!, request.OrganizationId, cancellationToken)
            ?? throw InterviewNotFound();
    }

    // CONFIGURATION: an unknown partner_interview_id and one of another organization get the same 404.
    public static PartnerException InterviewNotFound() => new(ErrorReason.NotFound, "No test instance with this partner_interview_id.");
}
