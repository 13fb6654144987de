using Partner.Domain.Common;

namespace Partner.Domain.GreenhouseAssessment.Outbox;

/// <summary>
/// Work with a side effect outside the database (an e-mail, an HTTP call), written in the same transaction as the
/// change that causes it and delivered later by the dispatcher: a message is claimed (lease) before it is sent, so
/// several app instances may share one database.
/// </summary>
public sealed class OutboxMessage
{
    public const int LastErrorMaxLength = 1000;

    private OutboxMessage()
    {
        Payload = "{}";
    }

    public Guid Id { get; private set; }

    public OutboxMessageType Type { get; private set; }

    /// <summary>The message's JSON; identifiers only, never a secret.</summary>
    public string Payload { get; private set; }

    public OutboxState State { get; private set; }

    /// <summary>Failed or started deliveries so far.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>The dispatcher instance holding the claim, until <see cref="LeaseExpiresAt"/>.</summary>
    public string? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseExpiresAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>A message due now, or at <paramref name="dueAt"/> (a reminder).</summary>
    public static OutboxMessage Create(OutboxMessageType type, string payload, DateTimeOffset now, DateTimeOffset? dueAt = null) => new()
    {
        Id = Guid.CreateVersion7(now),
        Type = type,
        Payload = payload,
        State = OutboxState.Pending,
        NextAttemptAt = dueAt ?? now,
        CreatedAt = now,
    };

    /// <summary>
    /// After a failed attempt number <paramref name="attempts"/> (1-based): retry after baseDelay · 2^(attempts-1),
    /// or give up as a dead letter once <paramref name="maxAttempts"/> attempts have failed.
    /// </summary>
    public static (OutboxState State, DateTimeOffset NextAttemptAt) AfterFailure(
        int attempts, DateTimeOffset now, TimeSpan baseDelay, int maxAttempts)
    {
        if (attempts >= maxAttempts)
        {
            return (OutboxState.Dead, now);
        }

        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(baseDelay.Ticks * factor, TimeSpan.FromDays(1).Ticks));
        return (OutboxState.Pending, now + delay);
    }

    /// <summary>An operator sends a dead letter again: a fresh series of attempts, due now.</summary>
    public void Replay(DateTimeOffset now)
    {
        if (State != OutboxState.Dead)
        {
            throw new DomainRuleException("Only a dead letter can be replayed.");
        }

        State = OutboxState.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        LeaseOwner = null;
        LeaseExpiresAt = null;
    }
}
