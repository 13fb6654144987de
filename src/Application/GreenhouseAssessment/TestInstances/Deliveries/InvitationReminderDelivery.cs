using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment.Interfaces;
using Partner.Application.GreenhouseAssessment.Outbox;
using Partner.Domain.GreenhouseAssessment.Outbox;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Deliveries;

/// <summary>The one reminder to a candidate who has not started; sends nothing unless <see cref="TestInstance.IsReminderDue"/>.</summary>
public sealed class InvitationReminderDelivery(
    IApplicationDbContext db, ISecretProtector secrets, IEmailSender sender, IOptions<PartnerConfig> partnerConfig, IOptions<GreenhouseOptions> options,
    TimeProvider time, ILogger<InvitationReminderDelivery> logger)
    : IOutboxDelivery
{
    public OutboxMessageType Type => OutboxMessageType.InvitationReminder;

    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var email = await CandidateEmailSource.LoadAsync(db, TestInstancePayload.FromJson(message.Payload).TestInstanceId, cancellationToken);
        var instance = email.Instance;
        var now = time.GetUtcNow();
        if (!instance.IsReminderDue(message.Id, now))
        {
            logger.LogInformation("No reminder for {PartnerInterviewId}: started, expired, reminded already or rescheduled", instance.PartnerInterviewId);
            return;
        }

        var link = CandidateLinks.Page(partnerConfig.Value.BaseUrl, email.Token(secrets));
        await sender.SendAsync(CandidateEmailComposer.Compose(EmailKind.Reminder, instance, email.TestName, email.Organization, link,
            options.Value.ProductName, now), message.Id, cancellationToken);
        await db.ExecuteWriteAsync(token => db.TestInstances.Where(i => i.Id == instance.Id && i.RemindedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.RemindedAt, now), token), CancellationToken.None);
        logger.LogInformation("Reminder for {PartnerInterviewId} handed over", instance.PartnerInterviewId);
    }
}
