using Microsoft.Extensions.Logging;
using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Outbox;
using Partner.Application.GreenhouseAssessment;
using Partner.Domain.Greenhouse;
using Partner.Domain.Outbox;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Commands.SendTest;

/// <summary>Creates the test instance and, in the same save, the outbox message that e-mails the candidate.</summary>
public sealed class SendTestCommandHandler(IApplicationDbContext db, TimeProvider time, ILogger<SendTestCommandHandler> logger)
    : IRequestHandler<SendTestCommand, SendTestResult>
{
    public async Task<SendTestResult> Handle(SendTestCommand request, CancellationToken cancellationToken)
    {
        var test = await db.AssessmentTests.AsNoTracking()
            .FirstOrDefaultAsync(t => t.OrganizationId == request.OrganizationId && t.PartnerTestId == request.PartnerTestId, cancellationToken)
            ?? throw GreenhouseErrors.TestNotFound();

        var now = time.GetUtcNow();
        var candidate = request.Candidate;
        var instance = TestInstance.Send(request.OrganizationId, test.Id, OpaqueIds.NewPartnerInterviewId(), OpaqueIds.NewCandidateToken(),
            new Candidate(candidate.FirstName.Trim(), candidate.LastName.Trim(), candidate.Email.Trim(), candidate.GreenhouseProfileUrl,
                candidate.ResumeUrl, candidate.PhoneNumber),
            request.Url, request.ApiKeyId, now);
        db.TestInstances.Add(instance);
        db.OutboxMessages.Add(OutboxMessage.Create(OutboxMessageType.CandidateEmail, new TestInstancePayload(instance.Id).ToJson(), now));
        await db.SaveChangesAsync(cancellationToken);

        logger.LogInformation("Test {PartnerTestId} sent as {PartnerInterviewId}", test.PartnerTestId, instance.PartnerInterviewId);
        return new SendTestResult { PartnerInterviewId = instance.PartnerInterviewId };
    }
}
