using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Interfaces;

namespace Partner.WebApi.Authentication;

/// <summary>
/// Limits guessing credentials per client (IP; the forwarded client behind a trusted proxy) across every scheme. A
/// success resets nothing: a valid credential of one scheme must not clear the guesses at another. On a server database
/// every instance counts together (<see cref="IAuthenticationFailureStore"/>), so several instances allow no more guesses
/// than one; if the database cannot be asked, the instance counts alone.
/// </summary>
public sealed class FailedAuthenticationThrottle(IOptionsMonitor<FailureThrottleOptions> options, TimeProvider time, ILogger<FailedAuthenticationThrottle> logger)
{
    private const int MaxTrackedClients = 100_000;
    private readonly ConcurrentDictionary<string, ClientRecord> _clients = new(StringComparer.Ordinal);

    /// <summary>Every allowed attempt must be followed by <see cref="EndAsync"/>.</summary>
    public async Task<(bool Allowed, TimeSpan RetryAfter)> TryBeginAsync(string client, IAuthenticationFailureStore? shared, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (!settings.Enabled)
        {
            return (true, TimeSpan.Zero);
        }

        var now = time.GetUtcNow();
        if (_clients.Count > MaxTrackedClients)
        {
            Prune(now, settings.Window);
        }

        // The shared count is read for a client new to this instance, and for one with failures (another instance may
        // have counted more since): a client that only ever succeeds costs no read after its first.
        if (shared is not null && _clients.GetOrAdd(client, _ => new ClientRecord(now)) is { } known && (!known.Synced || known.Failures > 0))
        {
            var count = await ReadSharedAsync(client, shared, now, settings.Window, cancellationToken);
            lock (known)
            {
                known.Synced = true;
                if (count is { Failures: > 0 } total)
                {
                    known.Failures = Math.Max(known.Failures, total.Failures);
                    known.Since = total.Since < known.Since ? total.Since : known.Since;
                }
            }
        }

        while (true)
        {
            var record = _clients.GetOrAdd(client, _ => new ClientRecord(now) { Synced = shared is null });
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
                    record.Synced = shared is null;
                }

                if (record.Failures + record.InFlight >= settings.MaxFailures)
                {
                    return (false, record.Since + settings.Window - now);
                }

                record.InFlight++;
                return (true, TimeSpan.Zero);
            }
        }
    }

    /// <summary>Ends an attempt begun with <see cref="TryBeginAsync"/>; for a failure, returns how long to hold the answer.</summary>
    public async Task<TimeSpan> EndAsync(string client, bool failed, IAuthenticationFailureStore? shared, CancellationToken cancellationToken)
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

        if (shared is not null)
        {
            try
            {
                var (total, _) = await shared.RecordFailureAsync(client, time.GetUtcNow(), settings.Window, cancellationToken);
                lock (record)
                {
                    failures = record.Failures = Math.Max(record.Failures, total);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The failed authentication of a client was counted on this instance only");
            }
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

    private async Task<(int Failures, DateTimeOffset Since)?> ReadSharedAsync(string client, IAuthenticationFailureStore shared, DateTimeOffset now,
        TimeSpan window, CancellationToken cancellationToken)
    {
        try
        {
            return await shared.ReadAsync(client, now, window, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "The shared count of failed authentications could not be read; this instance counts alone");
            return null;
        }
    }

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

        /// <summary>Whether the shared count has been read into this record since its window began.</summary>
        public bool Synced { get; set; }
    }
}
