namespace Partner.Infrastructure.GreenhouseAssessment.Outbox;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>False stops this instance from dispatching (messages stay pending for another instance).</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>First retry delay; doubles on each attempt.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Failed attempts after which a message is a dead letter.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How long a claimed message stays claimed (another instance takes it over after that).</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long one delivery may take before it is cancelled and counted as a failed attempt (less than the lease).</summary>
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Deliveries running at once in this instance: a slow destination holds one of them, not the others.</summary>
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>Messages started per poll at most (never more than the free <see cref="MaxConcurrency"/> slots).</summary>
    public int BatchSize { get; set; } = 20;
}
