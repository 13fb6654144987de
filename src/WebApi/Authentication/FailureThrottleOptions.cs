namespace Partner.WebApi.Authentication;

/// <summary>The Authentication:FailureThrottle section.</summary>
public sealed class FailureThrottleOptions
{
    public const string Section = "Authentication:FailureThrottle";

    public bool Enabled { get; set; } = true;

    /// <summary>Failed authentications a client may have within <see cref="Window"/> before answers slow down.</summary>
    public int FreeFailures { get; set; } = 5;

    /// <summary>The delay added to the first slowed answer; it doubles with each further failure.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Failed authentications after which every further attempt of the client, on any scheme, is refused with 429 until
    /// its window ends. Attempts still being checked count too, so concurrent guesses cannot pass the limit.
    /// </summary>
    public int MaxFailures { get; set; } = 20;

    /// <summary>How long failures are remembered, from a client's first failure.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);
}
