using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment.Interfaces;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetTestStatus;

public sealed class GetTestStatusQueryHandler(IGreenhouseReader reader, ISecretProtector secrets, TimeProvider time) : IRequestHandler<GetTestStatusQuery, TestStatusResult>
{
    public async Task<TestStatusResult> Handle(GetTestStatusQuery request, CancellationToken cancellationToken) =>
        (await reader.StatusOfAsync(request.PartnerInterviewId!, request.OrganizationId, cancellationToken)
            ?? throw GreenhouseErrors.InterviewNotFound()).Revealed(secrets).At(time.GetUtcNow());
}
