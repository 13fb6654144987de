using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Metrics;
using Partner.Application.GreenhouseAssessment.Outbox;
using Partner.Domain.GreenhouseAssessment.Outbox;
using Partner.Infrastructure.Persistence;

namespace Partner.Infrastructure.GreenhouseAssessment.Outbox;

/// <summary>
/// Up to Outbox:MaxConcurrency deliveries at once, each within Outbox:DeliveryTimeout, so a slow or dead destination
/// holds one slot, never the messages behind it. A message is claimed with a conditional UPDATE for
/// Outbox:LeaseDuration: only one instance wins, and the lease of an instance that dies mid-delivery expires.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, IOptions<OutboxOptions> options, TimeProvider time, PartnerMetrics metrics, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrency, options.Value.MaxConcurrency);
    private readonly ConcurrentDictionary<Guid, byte> _inFlight = new();

    // One pending wake-up at most: a freed slot while the last poll left a backlog.
    private readonly Channel<bool> _slotFreed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private bool _backlog;
    private DateTimeOffset _lastCounted = DateTimeOffset.MinValue;

    public override void Dispose()
    {
        _slots.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.LogInformation("Outbox dispatcher disabled (Outbox:Enabled = false)");
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var backlog = await StartDueAsync(stoppingToken);
                    Volatile.Write(ref _backlog, backlog);
                    if (backlog && _slots.CurrentCount > 0)
                    {
                        _slotFreed.Writer.TryWrite(true); // a slot freed before the backlog was recorded
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException && !stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(ex, "Outbox poll failed");
                }
                catch (Exception) when (stoppingToken.IsCancellationRequested)
                {
                    // Stopping (the host may already be disposed, as when it failed to start): not a fault.
                    return;
                }

                await CountForMetricsAsync(settings.PollInterval, stoppingToken);

                if (!await WaitForNextPollAsync(settings.PollInterval, stoppingToken))
                {
                    // Stopping: claimed messages keep their lease and are taken over once it expires.
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping, also when the host failed to start (a port in use): not a fault.
        }
    }

    /// <summary>Wakes early when a delivery frees a slot after a poll left a backlog, so a backlog drains at the speed of the deliveries.</summary>
    private async Task<bool> WaitForNextPollAsync(TimeSpan interval, CancellationToken stoppingToken)
    {
        using var timeout = new CancellationTokenSource(interval, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            await _slotFreed.Reader.ReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The interval passed.
        }

        return !stoppingToken.IsCancellationRequested;
    }

    /// <summary>At most once per poll interval (a draining backlog polls more often), apart from the poll: a failing count never stops deliveries.</summary>
    private async Task CountForMetricsAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now - _lastCounted < interval)
        {
            return;
        }

        _lastCounted = now;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var messages = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().OutboxMessages;
            // Pending: due, or waiting for a retry; a reminder scheduled for later is not waiting for anything.
            var counts = await messages.Where(m => (m.State == OutboxState.Pending && (m.NextAttemptAt <= now || m.Attempts > 0)) || m.State == OutboxState.Dead)
                .GroupBy(m => m.State).Select(g => new { State = g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
            metrics.Outbox.Set(counts.FirstOrDefault(c => c.State == OutboxState.Pending)?.Count ?? 0,
                counts.FirstOrDefault(c => c.State == OutboxState.Dead)?.Count ?? 0);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The gauges keep their last values; deliveries go on (OutboxHeadOfLineTests).
            logger.LogWarning(ex, "Outbox metrics count failed");
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping (the host may already be disposed): the next poll does not come.
        }
    }

    /// <summary>Starts delivering due messages in the free slots; true when more may be due than it started (a backlog).</summary>
    private async Task<bool> StartDueAsync(CancellationToken cancellationToken)
    {
        var free = _slots.CurrentCount;
        if (free == 0)
        {
            return true;
        }

        List<Guid> due;
        var requested = Math.Min(free, options.Value.BatchSize) + _inFlight.Count;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            var now = time.GetUtcNow();
            due = await Due(db.OutboxMessages, now).OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(requested).ToListAsync(cancellationToken);
        }

        foreach (var id in due.Where(id => !_inFlight.ContainsKey(id)))
        {
            if (!_slots.Wait(0, CancellationToken.None))
            {
                return true;
            }

            _inFlight[id] = 0;
            _ = RunAsync(id, cancellationToken);
        }

        return due.Count == requested;
    }

    private async Task<bool> RunAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Yield();
            return await TryDeliverAsync(id, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Outbox delivery of {OutboxMessageId} failed", id);
            return false;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        finally
        {
            _inFlight.TryRemove(id, out _);
            _slots.Release();
            if (Volatile.Read(ref _backlog))
            {
                _slotFreed.Writer.TryWrite(true);
            }
        }
    }

    private static IQueryable<OutboxMessage> Due(IQueryable<OutboxMessage> messages, DateTimeOffset now) =>
        messages.Where(m => m.State == OutboxState.Pending && m.NextAttemptAt <= now && (m.LeaseExpiresAt == null || m.LeaseExpiresAt < now));

    private async Task<bool> TryDeliverAsync(Guid id, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var now = time.GetUtcNow();
        var leaseExpiresAt = now + settings.LeaseDuration;

        // The claim: a conditional UPDATE, so of several instances exactly one gets 1 row. The attempt is counted now,
        // so a message that crashes its dispatcher still reaches the dead letter.
        var claimed = await db.ExecuteWriteAsync(token => Due(db.OutboxMessages.Where(m => m.Id == id), now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.LeaseOwner, _owner)
                .SetProperty(m => m.LeaseExpiresAt, leaseExpiresAt)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1), token), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
        var started = time.GetTimestamp();
        try
        {
            var delivery = scope.ServiceProvider.GetServices<IOutboxDelivery>().FirstOrDefault(d => d.Type == message.Type)
                ?? throw new OutboxDeliveryException($"No delivery is registered for {message.Type}.");
            using var withinTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            withinTimeout.CancelAfter(settings.DeliveryTimeout);
            await delivery.DeliverAsync(message, withinTimeout.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var state = await RecordFailureAsync(db, message, ex);
            metrics.OutboxDelivery(TypeTag(message.Type), state == OutboxState.Dead ? "dead" : "failed", time.GetElapsedTime(started));
            return true;
        }

        metrics.OutboxDelivery(TypeTag(message.Type), "delivered", time.GetElapsedTime(started));

        var deliveredAt = time.GetUtcNow();
        await db.ExecuteWriteAsync(token => Owned(db, id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.State, OutboxState.Delivered)
            .SetProperty(m => m.DeliveredAt, deliveredAt)
            .SetProperty(m => m.LastError, (string?)null)
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseExpiresAt, (DateTimeOffset?)null), token), CancellationToken.None);
        logger.LogInformation("Outbox message {OutboxMessageId} ({OutboxMessageType}) delivered on attempt {Attempt}",
            message.Id, message.Type, message.Attempts);
        return true;
    }

    private static string TypeTag(OutboxMessageType type) => PartnerMetrics.Word(type.ToString());

    private async Task<OutboxState> RecordFailureAsync(ApplicationDbContext db, OutboxMessage message, Exception exception)
    {
        var settings = options.Value;
        var maxAttempts = exception is OutboxDeliveryException { IsPermanent: true } ? message.Attempts : settings.MaxAttempts;
        var (state, nextAttemptAt) = OutboxMessage.AfterFailure(message.Attempts, time.GetUtcNow(), settings.RetryBaseDelay, maxAttempts);
        var error = Describe(exception);
        await db.ExecuteWriteAsync(token => Owned(db, message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.State, state)
            .SetProperty(m => m.NextAttemptAt, nextAttemptAt)
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseExpiresAt, (DateTimeOffset?)null), token), CancellationToken.None);
        if (state == OutboxState.Dead)
        {
            logger.LogError("Outbox message {OutboxMessageId} ({OutboxMessageType}) is a dead letter after {Attempts} attempts: {Error}",
                message.Id, message.Type, message.Attempts, error);
        }
        else
        {
            logger.LogWarning("Outbox message {OutboxMessageId} ({OutboxMessageType}) attempt {Attempt} failed, next at {NextAttemptAt}: {Error}",
                message.Id, message.Type, message.Attempts, nextAttemptAt, error);
        }

        return state;
    }
    private IQueryable<OutboxMessage> Owned(ApplicationDbContext db, Guid id) =>
        db.OutboxMessages.Where(m => m.Id == id && m.LeaseOwner == _owner);

    private static string Describe(Exception exception)
    {
        var text = exception is OutboxDeliveryException ? exception.Message : $"{exception.GetType().Name}: {exception.Message}";
        return text.Length <= OutboxMessage.LastErrorMaxLength ? text : text[..OutboxMessage.LastErrorMaxLength];
    }
}
