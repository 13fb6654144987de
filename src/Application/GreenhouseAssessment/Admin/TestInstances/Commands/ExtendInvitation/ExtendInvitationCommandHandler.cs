using Microsoft.Extensions.Logging;
using Partner.Application.Common.Interfaces;
using Partner.Domain.GreenhouseAssessment.Outbox;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.TestInstances.Commands.ExtendInvitation;

/// <summary>The extension, the invitation e-mail and any new reminder message, in one save.</summary>
public sealed class ExtendInvitationCommandHandler(IApplicationDbContext db, TimeProvider time, ILogger<ExtendInvitationCommandHandler> logger)
    : IRequestHandler<ExtendInvitationCommand, ExtendInvitationResult>
{
    public async Task<ExtendInvitationResult> Handle(ExtendInvitationCommand request, CancellationToken cancellationToken)
    {
        var instance = await db.TestInstances.FirstOrDefaultAsync(i => i.PartnerInterviewId == request.PartnerInterviewId, cancellationToken)
            ?? throw GreenhouseErrors.InterviewNotFound();
        var test = await db.AssessmentTests.AsNoTracking().FirstAsync(t => t.Id == instance.AssessmentTestId, cancellationToken);
        var now = time.GetUtcNow();
        var from = instance.InvitationExpiresAt is { } current && current > now ? current : now;
        var payload = new TestInstancePayload(instance.Id).ToJson();
        if (instance.ExtendInvitation(from + TimeSpan.FromDays(request.Days), test.ReminderLead, now))
        {
            var reminder = OutboxMessage.Create(OutboxMessageType.InvitationReminder, payload, now, instance.RemindAt);
            instance.ScheduleReminder(reminder.Id);
            db.OutboxMessages.Add(reminder);
        }

        db.OutboxMessages.Add(OutboxMessage.Create(OutboxMessageType.CandidateEmail, payload, now));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Invitation {PartnerInterviewId} extended to {ExpiresAt}; the link is sent again", instance.PartnerInterviewId,
            instance.InvitationExpiresAt);
        return new ExtendInvitationResult
        {
            PartnerInterviewId = instance.PartnerInterviewId,
            InvitationExpiresAt = instance.InvitationExpiresAt!.Value,
            RemindAt = instance.ReminderMessageId is null ? null : instance.RemindAt,
        };
    }
}
