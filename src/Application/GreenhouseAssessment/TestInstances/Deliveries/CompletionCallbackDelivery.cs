using Microsoft.Extensions.Logging;
using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Outbound;
using Partner.Application.GreenhouseAssessment.Interfaces;
using Partner.Application.GreenhouseAssessment.Outbox;
using Partner.Domain.GreenhouseAssessment.Outbox;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Deliveries;

/// <summary>
/// PATCH send_test's url with Basic auth (the organization's API key as Greenhouse holds it now, empty password) once
/// complete. 2xx is the acknowledgement; anything else is retried by the outbox, except what can never succeed (no live
/// key, a url the outbound URL policy refuses), which is a dead letter at once.
/// </summary>
public sealed class CompletionCallbackDelivery(
    IApplicationDbContext db, ISecretProtector secrets, ICompletionCallbackClient client, OutboundUrlPolicy outbound,
    ILogger<CompletionCallbackDelivery> logger)
    : IOutboxDelivery
{
    public OutboxMessageType Type => OutboxMessageType.CompletionCallback;

    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var payload = TestInstancePayload.FromJson(message.Payload);
        var instance = await db.TestInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == payload.TestInstanceId, cancellationToken)
            ?? throw new OutboxDeliveryException($"Test instance {payload.TestInstanceId} no longer exists.");
        if (!Uri.TryCreate(instance.CallbackUrl, UriKind.Absolute, out var url))
        {
            throw new OutboxDeliveryException("The test instance has no valid callback url.");
        }

        // Checked again on delivery: the allow-list may have changed since send_test, and instances stored before the
        // policy existed were never checked. The client checks the addresses it connects to.
        if (outbound.Refusal(OutboundDestination.GreenhouseCallback, url) is { } refusal)
        {
            throw new OutboxDeliveryException($"The callback is not sent: {refusal}") { IsPermanent = true };
        }

        // Greenhouse authenticates the PATCH with the key it holds now: after a rotation, the new one. That is the live key
        // Greenhouse last called with (the newest, when none has been used); a revoked key is never sent. The host
        // allow-list, checked above and again on connecting, keeps the key from going anywhere but Greenhouse.
        var protectedKey = await db.OrganizationApiKeys.AsNoTracking()
            .Where(k => k.OrganizationId == instance.OrganizationId && k.RevokedAt == null)
            .OrderByDescending(k => k.LastUsedAt != null).ThenByDescending(k => k.LastUsedAt).ThenByDescending(k => k.CreatedAt)
            .Select(k => k.ProtectedKey).FirstOrDefaultAsync(cancellationToken)
            ?? throw new OutboxDeliveryException(
                "The organization has no live API key to authenticate the callback with; issue one, give it to Greenhouse, then replay this message. "
                + "Greenhouse can still read the result with test_status.") { IsPermanent = true };

        var status = await client.PatchAsync(url, secrets.Unprotect(protectedKey), cancellationToken);
        if (status is < 200 or > 299)
        {
            throw new OutboxDeliveryException($"Greenhouse answered the completion PATCH with HTTP {status}.");
        }

        logger.LogInformation("Completion of {PartnerInterviewId} acknowledged with HTTP {Status}", instance.PartnerInterviewId, status);
    }
}
