namespace Partner.Infrastructure.Persistence.Health;

/// <summary>The Health section: how /health/ready checks the database.</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>How long a write probe's result is reused (default 5 s).</summary>
    public TimeSpan WriteProbeCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the write probe may take before the database counts as not taking writes (default 3 s).</summary>
    public TimeSpan WriteProbeTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
