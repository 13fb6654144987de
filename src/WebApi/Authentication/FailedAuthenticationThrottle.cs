using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

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

/// <summary>
/// Limits guessing credentials, per client (IP; the forwarded client behind a trusted proxy), across every scheme
/// (Databricks Basic, Greenhouse Basic, admin Bearer). After <see cref="FailureThrottleOptions.FreeFailures"/> failures
/// each further failure waits an exponentially growing delay; at <see cref="FailureThrottleOptions.MaxFailures"/>
/// (failures plus attempts in flight) every attempt is refused until the window ends. A success resets nothing: a
/// valid credential of one scheme must not clear the guesses at another. Per instance.
/// </summary>
public sealed class FailedAuthenticationThrottle(IOptionsMonitor<FailureThrottleOptions> options, TimeProvider time)
{
    private const int MaxTrackedClients = 100_000;
    private readonly ConcurrentDictionary<string, ClientRecord> _clients = new(StringComparer.Ordinal);

    /// <summary>
    /// Takes a slot for one authentication attempt; false, with how long to wait, when the client is over the limit.
    /// Every true must be followed by <see cref="End"/>.
    /// </summary>
    public bool TryBegin(string client, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        var settings = options.CurrentValue;
        if (!settings.Enabled)
        {
            return true;
        }

        var now = time.GetUtcNow();
        if (_clients.Count > MaxTrackedClients)
        {
            Prune(now, settings.Window);
        }

        while (true)
        {
            var record = _clients.GetOrAdd(client, _ => new ClientRecord(now));
            lock (record)
            {
                if (record.Removed)
                {
                    continue;
                }

                if (now - record.Since > settings.Window)
                {
                    record.Since = now;
                    record.Failures = 0;
                }

                if (record.Failures + record.InFlight >= settings.MaxFailures)
                {
                    retryAfter = record.Since + settings.Window - now;
                    return false;
                }

                record.InFlight++;
                return true;
            }
        }
    }

    /// <summary>Ends an attempt begun with <see cref="TryBegin"/>; for a failure, returns how long to hold the answer.</summary>
    public TimeSpan End(string client, bool failed)
    {
        var settings = options.CurrentValue;
        if (!settings.Enabled || !_clients.TryGetValue(client, out var record))
        {
            return TimeSpan.Zero;
        }

        int failures;
        lock (record)
        {
            record.InFlight = Math.Max(0, record.InFlight - 1);
            if (!failed)
            {
                return TimeSpan.Zero;
            }

            failures = ++record.Failures;
        }

        var over = failures - settings.FreeFailures;
        if (over <= 0)
        {
            return TimeSpan.Zero;
        }

        var delay = settings.BaseDelay * Math.Pow(2, Math.Min(over - 1, 16));
        return delay < settings.MaxDelay ? delay : settings.MaxDelay;
    }

    public static string ClientOf(HttpContext context) =>
        context?.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private void Prune(DateTimeOffset now, TimeSpan window)
    {
        foreach (var (client, record) in _clients)
        {
            lock (record)
            {
                if (record.InFlight == 0 && now - record.Since > window)
                {
                    record.Removed = true;
                    _clients.TryRemove(client, out _);
                }
            }
        }
    }

    private sealed class ClientRecord(DateTimeOffset since)
    {
        public DateTimeOffset Since { get; set; } = since;

        public int Failures { get; set; }

        public int InFlight { get; set; }

        public bool Removed { get; set; }
    }
}
