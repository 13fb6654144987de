using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Outbox;
using Partner.Application.Configuration;
using Partner.Domain.Outbox;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Deliveries;

/// <summary>contract: "The Testing Partner will then email the specified candidate the specified test."</summary>
public sealed class CandidateEmailDelivery(
    IApplicationDbContext db, ISecretProtector secrets, IEmailSender sender, IOptions<PartnerConfig> partnerConfig, ILogger<CandidateEmailDelivery> logger)
    : IOutboxDelivery
{
    public OutboxMessageType Type => OutboxMessageType.CandidateEmail;

    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var payload = TestInstancePayload.FromJson(message.Payload);
        var found = await (
                from instance in db.TestInstances.AsNoTracking()
                join test in db.AssessmentTests on instance.AssessmentTestId equals test.Id
                join organization in db.Organizations on instance.OrganizationId equals organization.Id
                where instance.Id == payload.TestInstanceId
                select new { instance, TestName = test.Name, OrganizationName = organization.Name })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new OutboxDeliveryException($"Test instance {payload.TestInstanceId} no longer exists.");

        var link = CandidateLinks.Page(partnerConfig.Value.BaseUrl, secrets.Unprotect(found.instance.ProtectedCandidateToken
            ?? throw new OutboxDeliveryException($"Test instance {payload.TestInstanceId} holds no candidate link.")));
        await sender.SendAsync(CandidateEmailComposer.Compose(found.instance, found.TestName, found.OrganizationName, link),
            message.Id, cancellationToken);
        logger.LogInformation("Candidate e-mail for {PartnerInterviewId} handed over", found.instance.PartnerInterviewId);
    }
}
