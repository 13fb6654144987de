using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;
using Partner.Domain.Greenhouse;

namespace Partner.Application.TestInstances.Queries.GetTestStatus;

public sealed class GetTestStatusQueryHandler(IApplicationDbContext db) : IRequestHandler<GetTestStatusQuery, TestStatusResult>
{
    // A compiled query: see CompiledQueries.
    private static readonly Func<DbContext, string, Guid, CancellationToken, Task<TestInstance?>> FindInstance =
        EF.CompileAsyncQuery((DbContext context, string partnerInterviewId, Guid organizationId, CancellationToken _) =>
            context.Set<TestInstance>().AsNoTracking()
                .FirstOrDefault(i => i.PartnerInterviewId == partnerInterviewId && i.OrganizationId == organizationId));

    public async Task<TestStatusResult> Handle(GetTestStatusQuery request, CancellationToken cancellationToken)
    {
        var instance = await FindInstance(db.AsDbContext(), request.PartnerInterviewId!, request.OrganizationId, cancellationToken)
            ?? throw InterviewNotFound();
        return TestStatusResult.From(instance);
    }

    // CONFIGURATION: an unknown partner_interview_id and one of another organization get the same 404.
    public static PartnerException InterviewNotFound() => new(ErrorReason.NotFound, "No test instance with this partner_interview_id.");
}
