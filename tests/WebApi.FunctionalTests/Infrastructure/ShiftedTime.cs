namespace Partner.WebApi.FunctionalTests.Infrastructure;

/// <summary>The system clock moved by <see cref="Offset"/>: a test jumps ahead (a state expires, a token nears its end) while timers stay real.</summary>
public sealed class ShiftedTime : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
