using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetTestStatus;

public sealed class GetTestStatusQueryHandler(IGreenhouseReader reader) : IRequestHandler<GetTestStatusQuery, TestStatusResult>
{
    public async Task<TestStatusResult> Handle(GetTestStatusQuery request, CancellationToken cancellationToken) =>
        await reader.StatusOfAsync(request.PartnerInterviewId!, request.OrganizationId, cancellationToken)
            ?? throw InterviewNotFound();

    // docs/greenhouse.md "The contract": an unknown partner_interview_id and one of another organization get the same 404.
    public static PartnerException InterviewNotFound() => new(ErrorReason.NotFound, "No test instance with this partner_interview_id.");
}
