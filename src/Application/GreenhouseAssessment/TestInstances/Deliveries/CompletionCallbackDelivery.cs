using Microsoft.Extensions.Logging;
using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Outbound;
using Partner.Application.Common.Outbox;
using Partner.Domain.Outbox;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Deliveries;

/// <summary>
/// PATCH send_test's url with Basic auth (the API key send_test was called with, empty password) once complete.
/// 2xx is the acknowledgement; anything else is retried by the outbox, except what can never succeed (a revoked key, a
/// url the outbound URL policy refuses), which is a dead letter at once.
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

        // The key send_test was called with, and no other: a newer key must never reach a url planted with an old one.
        // Instances sent before keys were recorded use the newest key that already existed then.
        var keys = db.OrganizationApiKeys.AsNoTracking().Where(k => k.OrganizationId == instance.OrganizationId);
        var key = instance.ApiKeyId is { } keyId
            ? await keys.Where(k => k.Id == keyId).Select(k => new { k.ProtectedKey, k.RevokedAt }).FirstOrDefaultAsync(cancellationToken)
            : await keys.Where(k => k.CreatedAt <= instance.SentAt).OrderByDescending(k => k.CreatedAt)
                .Select(k => new { k.ProtectedKey, k.RevokedAt }).FirstOrDefaultAsync(cancellationToken);
        if (key is null || key.RevokedAt is not null)
        {
            throw new OutboxDeliveryException(
                "The API key this test was sent with has been revoked: the callback is not sent with any other key. "
                + "Greenhouse can still read the result with test_status.") { IsPermanent = true };
        }

        var protectedKey = key.ProtectedKey;

        var status = await client.PatchAsync(url, secrets.Unprotect(protectedKey), cancellationToken);
        if (status is < 200 or > 299)
        {
            throw new OutboxDeliveryException($"Greenhouse answered the completion PATCH with HTTP {status}.");
        }

        logger.LogInformation("Completion of {PartnerInterviewId} acknowledged with HTTP {Status}", instance.PartnerInterviewId, status);
    }
}
