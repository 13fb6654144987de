using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Partner.WebApi.Authentication;

/// <summary>The Authentication:FailureThrottle section.</summary>
public sealed class FailureThrottleOptions
{
    public const string Section = "Authentication:FailureThrottle";

    public bool Enabled { get; set; } = true;

    /// <summary>401s a client may get within <see cref="Window"/> before answers slow down.</summary>
    public int FreeFailures { get; set; } = 5;

    /// <summary>The delay added to the first slowed answer; it doubles with each further failure.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(3);

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Slows down repeated 401s from one client (IP): after <see cref="FailureThrottleOptions.FreeFailures"/> failures,
/// each further 401 waits an exponentially growing delay, so guessing credentials gets expensive. Per instance.
/// </summary>
public sealed class FailedAuthenticationThrottle(IOptionsMonitor<FailureThrottleOptions> options, TimeProvider time)
{
    private const int MaxTrackedClients = 100_000;
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>Records a 401 for the client and returns how long to hold the answer.</summary>
    public TimeSpan RecordFailure(string client)
    {
        var settings = options.CurrentValue;
        if (!settings.Enabled)
        {
            return TimeSpan.Zero;
        }

        var now = time.GetUtcNow();
        if (_failures.Count > MaxTrackedClients)
        {
            foreach (var stale in _failures.Where(f => now - f.Value.Since > settings.Window).Select(f => f.Key).ToList())
            {
                _failures.TryRemove(stale, out _);
            }
        }

        var entry = _failures.AddOrUpdate(client, _ => new Failures(now, 1),
            (_, current) => now - current.Since > settings.Window ? new Failures(now, 1) : current with { Count = current.Count + 1 });
        var over = entry.Count - settings.FreeFailures;
        if (over <= 0)
        {
            return TimeSpan.Zero;
        }

        var delay = settings.BaseDelay * Math.Pow(2, Math.Min(over - 1, 16));
        return delay < settings.MaxDelay ? delay : settings.MaxDelay;
    }

    public void RecordSuccess(string client)
    {
        // The look-up is lock-free; TryRemove takes a lock even for a missing key, and every success passes here.
        if (_failures.ContainsKey(client))
        {
            _failures.TryRemove(client, out _);
        }
    }

    public static string ClientOf(HttpContext context) =>
        context?.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private sealed record Failures(DateTimeOffset Since, int Count);
}
