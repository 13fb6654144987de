using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment.Interfaces;
using Partner.Application.GreenhouseAssessment.Outbox;
using Partner.Domain.GreenhouseAssessment.Outbox;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Deliveries;

/// <summary>
/// contract: "The Testing Partner will then email the specified candidate the specified test." The invitation, sent at
/// send_test and again when an operator extends it.
/// </summary>
public sealed class CandidateEmailDelivery(
    IApplicationDbContext db, ISecretProtector secrets, IEmailSender sender, IOptions<PartnerConfig> partnerConfig, IOptions<GreenhouseOptions> options,
    TimeProvider time, ILogger<CandidateEmailDelivery> logger)
    : IOutboxDelivery
{
    public OutboxMessageType Type => OutboxMessageType.CandidateEmail;

    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var email = await CandidateEmailSource.LoadAsync(db, TestInstancePayload.FromJson(message.Payload).TestInstanceId, cancellationToken);
        var link = CandidateLinks.Page(partnerConfig.Value.BaseUrl, email.Token(secrets));
        await sender.SendAsync(CandidateEmailComposer.Compose(EmailKind.Invitation, email.Instance, email.TestName, email.Organization, link,
            options.Value.ProductName, time.GetUtcNow()), message.Id, cancellationToken);
        logger.LogInformation("Candidate e-mail for {PartnerInterviewId} handed over", email.Instance.PartnerInterviewId);
    }
}

/// <summary>What a candidate's e-mail is made of: the instance, its test's name and its organization.</summary>
internal sealed record CandidateEmailSource(TestInstance Instance, string TestName, Organization Organization)
{
    public static async Task<CandidateEmailSource> LoadAsync(IApplicationDbContext db, Guid testInstanceId, CancellationToken cancellationToken) =>
        await (
                from instance in db.TestInstances.AsNoTracking()
                join test in db.AssessmentTests on instance.AssessmentTestId equals test.Id
                join organization in db.Organizations.AsNoTracking() on instance.OrganizationId equals organization.Id
                where instance.Id == testInstanceId
                select new CandidateEmailSource(instance, test.Name, organization))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new OutboxDeliveryException($"Test instance {testInstanceId} no longer exists.");

    public string Token(ISecretProtector secrets) => secrets.Unprotect(Instance.ProtectedCandidateToken
        ?? throw new OutboxDeliveryException($"Test instance {Instance.Id} holds no candidate link."));
}
