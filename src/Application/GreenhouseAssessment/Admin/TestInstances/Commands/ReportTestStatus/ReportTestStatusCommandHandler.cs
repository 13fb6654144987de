using Microsoft.Extensions.Logging;
using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetTestStatus;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.TestInstances.Commands.ReportTestStatus;

/// <summary>Records progress; on completion with a send_test url, the callback goes into the outbox in the same save.</summary>
public sealed class ReportTestStatusCommandHandler(
    IApplicationDbContext db, ISecretProtector secrets, TimeProvider time, ILogger<ReportTestStatusCommandHandler> logger)
    : IRequestHandler<ReportTestStatusCommand, TestStatusResult>
{
    public async Task<TestStatusResult> Handle(ReportTestStatusCommand request, CancellationToken cancellationToken)
    {
        var instance = await db.TestInstances.FirstOrDefaultAsync(i => i.PartnerInterviewId == request.PartnerInterviewId, cancellationToken)
            ?? throw GreenhouseErrors.InterviewNotFound();
        var now = time.GetUtcNow();
        var metadata = TestStatusResult.MetadataText(request.Metadata);
        if (request.PartnerStatus == PartnerStatus.Complete)
        {
            if (instance.Complete(request.PartnerProfileUrl!, request.PartnerScore, metadata, now) is { } callback)
            {
                db.OutboxMessages.Add(callback);
            }
        }
        else
        {
            instance.RecordProgress(request.PartnerScore, metadata, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Test instance {PartnerInterviewId} is {Status}", instance.PartnerInterviewId, instance.Status);
        return TestStatusResult.From(instance).Revealed(secrets);
    }
}
