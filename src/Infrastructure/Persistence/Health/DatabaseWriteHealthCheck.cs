using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Partner.Infrastructure.Persistence.Health;

/// <summary>
/// Rewrites this host's <see cref="WriteProbe"/> row through the same save path as every use case (on SQLite, the write
/// gate). The result is reused for a while, so a load balancer polling often costs one write per period.
/// </summary>
public sealed class DatabaseWriteHealthCheck(
    IServiceScopeFactory scopes, IOptions<HealthOptions> options, TimeProvider time, ILogger<DatabaseWriteHealthCheck> logger) : IHealthCheck, IDisposable
{
    private static readonly string Host = Environment.MachineName.Length <= WriteProbe.HostMaxLength
        ? Environment.MachineName : Environment.MachineName[..WriteProbe.HostMaxLength];

    private readonly SemaphoreSlim _probing = new(1, 1);
    private (HealthCheckResult Result, DateTimeOffset At)? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (Fresh(settings) is { } cached)
        {
            return cached;
        }

        // A probe already running answers for every caller waiting on it.
        var started = time.GetTimestamp();
        if (!await _probing.WaitAsync(settings.WriteProbeTimeout, cancellationToken))
        {
            return TooSlow(settings);
        }

        if (Fresh(settings) is { } justProbed)
        {
            Release();
            return justProbed;
        }

        // The answer comes at the timeout even when the driver takes longer to give up (PostgreSQL: it first opens a
        // connection to cancel the command on the server); the probe ends in the background and frees the next one.
        var probe = ProbeAsync(settings);
        var remaining = settings.WriteProbeTimeout - time.GetElapsedTime(started);
        try
        {
            return await probe.WaitAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return TooSlow(settings);
        }
    }

    public void Dispose() => _probing.Dispose();

    private static HealthCheckResult TooSlow(HealthOptions settings) =>
        HealthCheckResult.Unhealthy($"The database did not take a write within {settings.WriteProbeTimeout.TotalSeconds:0.#} s.");

    private HealthCheckResult? Fresh(HealthOptions settings) =>
        _last is { } last && time.GetUtcNow() - last.At < settings.WriteProbeCacheDuration ? last.Result : null;

    private void Release()
    {
        try
        {
            _probing.Release();
        }
        catch (ObjectDisposedException)
        {
            // The app stopped while a probe was still ending.
        }
    }

    private async Task<HealthCheckResult> ProbeAsync(HealthOptions settings)
    {
        try
        {
            var result = await WriteWithinAsync(settings);
            _last = (result, time.GetUtcNow());
            return result;
        }
        finally
        {
            Release();
        }
    }

    private async Task<HealthCheckResult> WriteWithinAsync(HealthOptions settings)
    {
        using var timeout = new CancellationTokenSource(settings.WriteProbeTimeout, time);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            try
            {
                await WriteAsync(db, timeout.Token);
            }
            catch (DbUpdateException ex) when (db.IsUniqueConstraintViolation(ex))
            {
                // Another process of this host wrote its first row at the same moment: the row exists now.
                db.DiscardChanges();
                await WriteAsync(db, timeout.Token);
            }

            return HealthCheckResult.Healthy("The database took a write.");
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Write probe: the database did not take a write within {Timeout}", settings.WriteProbeTimeout);
            return TooSlow(settings);
        }
        catch (Exception ex)
        {
            logger.LogWarning("Write probe: the database refused a write: {Error}", Describe(ex));
            return HealthCheckResult.Unhealthy("The database refused a write.", ex);
        }
    }

    private async Task WriteAsync(ApplicationDbContext db, CancellationToken cancellationToken)
    {
        var probe = await db.Set<WriteProbe>().FirstOrDefaultAsync(p => p.Host == Host, cancellationToken);
        if (probe is null)
        {
            probe = new WriteProbe { Host = Host };
            db.Add(probe);
        }

        probe.WrittenAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Describe(Exception exception) => exception.InnerException is { } inner
        ? $"{exception.GetType().Name}: {inner.GetType().Name}: {inner.Message}"
        : $"{exception.GetType().Name}: {exception.Message}";
}

/// <summary>Tags of the health checks.</summary>
public static class HealthTags
{
    /// <summary>Checks that must pass before the instance takes traffic (/health/ready, /health).</summary>
    public const string Ready = "ready";
}
