using Microsoft.Extensions.Logging;
using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Outbox;
using Partner.Domain.Outbox;

namespace Partner.Application.TestInstances.Deliveries;

/// <summary>
/// DOMAIN §4: PATCH send_test's url with Basic auth (the organization's key, empty password) once complete.
/// 2xx is the acknowledgement; anything else is retried by the outbox.
/// </summary>
public sealed class CompletionCallbackDelivery(
    IApplicationDbContext db, ISecretProtector secrets, ICompletionCallbackClient client, ILogger<CompletionCallbackDelivery> logger)
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

        // The newest live key: after a rotation Greenhouse knows the new one.
        var protectedKey = await db.OrganizationApiKeys.AsNoTracking()
            .Where(k => k.OrganizationId == instance.OrganizationId && k.RevokedAt == null)
            .OrderByDescending(k => k.CreatedAt).Select(k => k.ProtectedKey)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new OutboxDeliveryException("The organization has no live API key to authenticate the callback with.");

        var status = await client.PatchAsync(url, secrets.Unprotect(protectedKey), cancellationToken);
        if (status is < 200 or > 299)
        {
            throw new OutboxDeliveryException($"Greenhouse answered the completion PATCH with HTTP {status}.");
        }

        logger.LogInformation("Completion of {PartnerInterviewId} acknowledged with HTTP {Status}", instance.PartnerInterviewId, status);
    }
}
