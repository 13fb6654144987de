using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Exceptions;
using Partner.Domain.Common;
using Partner.Application.Common.Interfaces;
using Partner.Domain.GreenhouseAssessment.Outbox;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Commands.SendTest;

/// <summary>The instance and the outbox message that e-mails the candidate, in one save; 429 over the send quota.</summary>
public sealed class SendTestCommandHandler(
    IApplicationDbContext db, ISecretProtector secrets, IOptions<GreenhouseOptions> options, TimeProvider time, ILogger<SendTestCommandHandler> logger)
    : IRequestHandler<SendTestCommand, SendTestResult>
{
    public async Task<SendTestResult> Handle(SendTestCommand request, CancellationToken cancellationToken)
    {
        var test = await db.AssessmentTests.AsNoTracking()
            .FirstOrDefaultAsync(t => t.OrganizationId == request.OrganizationId && t.PartnerTestId == request.PartnerTestId, cancellationToken)
            ?? throw GreenhouseErrors.TestNotFound();

        var now = time.GetUtcNow();
        var quota = options.Value.SendQuota;
        var since = now - quota.Window;
        if (await db.TestInstances.CountAsync(i => i.OrganizationId == request.OrganizationId && i.SentAt >= since, cancellationToken) >= quota.Limit)
        {
            logger.LogWarning("Organization {OrganizationId} reached its send quota of {Limit} tests per {Window}", request.OrganizationId, quota.Limit, quota.Window);
            throw new PartnerException(ErrorReason.TooManyRequests, $"This organization has sent {quota.Limit} tests in the last {quota.Window:g}; try again later.",
                "Greenhouse:SendQuota reached.");
        }

        var candidate = request.Candidate;
        var token = OpaqueIds.NewCandidateToken();
        var instance = TestInstance.Send(request.OrganizationId, test.Id, OpaqueIds.NewPartnerInterviewId(), OpaqueIds.HashToken(token), secrets.Protect(token),
            new Candidate(candidate.FirstName.Trim(), candidate.LastName.Trim(), candidate.Email.Trim(), candidate.GreenhouseProfileUrl,
                candidate.ResumeUrl, NullIfBlank(candidate.PhoneNumber), NullIfBlank(candidate.PreferredName)),
            request.Url, request.ApiKeyId, now, test.InvitationFrom(now), NullIfBlank(request.SentBy));
        db.TestInstances.Add(instance);
        var payload = new TestInstancePayload(instance.Id).ToJson();
        db.OutboxMessages.Add(OutboxMessage.Create(OutboxMessageType.CandidateEmail, payload, now));
        if (instance.RemindAt is { } remindAt)
        {
            var reminder = OutboxMessage.Create(OutboxMessageType.InvitationReminder, payload, now, remindAt);
            instance.ScheduleReminder(reminder.Id);
            db.OutboxMessages.Add(reminder);
        }

        await db.SaveChangesAsync(cancellationToken);

        logger.LogInformation("Test {PartnerTestId} sent as {PartnerInterviewId}", test.PartnerTestId, instance.PartnerInterviewId);
        return new SendTestResult { PartnerInterviewId = instance.PartnerInterviewId };
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
