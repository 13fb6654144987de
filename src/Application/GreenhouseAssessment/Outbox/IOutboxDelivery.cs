using Partner.Domain.GreenhouseAssessment.Outbox;

namespace Partner.Application.GreenhouseAssessment.Outbox;

/// <summary>Throws <see cref="OutboxDeliveryException"/> (or any exception) to retry later.</summary>
public interface IOutboxDelivery
{
    OutboxMessageType Type { get; }

    Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken);
}

/// <summary>A delivery that failed in an expected way (5xx, refused); the message says why, without secrets.</summary>
public sealed class OutboxDeliveryException(string message) : Exception(message)
{
    /// <summary>Trying again cannot succeed (e.g. the key to send with was revoked): the message is a dead letter at once.</summary>
    public bool IsPermanent { get; init; }
}
