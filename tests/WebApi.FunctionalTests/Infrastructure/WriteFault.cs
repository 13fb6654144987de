using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Partner.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// A database that refuses or stops answering writes: while <see cref="Armed"/>, an INSERT, UPDATE or DELETE command
/// throws the given exception (as a full disk, a read-only file or a broken connection would) or, without one, waits
/// until its request is cancelled (as a server that stopped answering would). Register it as an IInterceptor and arm
/// it once the app has started (its migrations write too). <see cref="FailEveryCommand"/> fails queries as well.
/// </summary>
public sealed class WriteFault : DbCommandInterceptor
{
    private readonly Exception? _failure;
    private readonly bool _once;
    private readonly string? _containing;
    private readonly bool _readsToo;
    private int _hits;
    private volatile bool _armed;

    private WriteFault(Exception? failure, bool once, string? containing = null, bool readsToo = false)
    {
        _failure = failure;
        _once = once;
        _containing = containing;
        _readsToo = readsToo;
    }

    public bool Armed
    {
        get => _armed;
        set => _armed = value;
    }

    /// <summary>Writes the fault has hit so far.</summary>
    public int Hits => _hits;

    /// <summary>Set when a held write starts waiting.</summary>
    public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when a held write saw its cancellation.</summary>
    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static WriteFault FailNext(Exception failure) => new(failure, once: true);

    /// <param name="containing">Only writes whose SQL contains this text (e.g. a table name), when given.</param>
    public static WriteFault FailEvery(Exception failure, string? containing = null) => new(failure, once: false, containing);

    /// <summary>Every command, query or write, whose SQL contains <paramref name="containing"/> fails so.</summary>
    public static WriteFault FailEveryCommand(Exception failure, string containing) => new(failure, once: false, containing, readsToo: true);

    public static WriteFault HoldNext() => new(null, once: true);

    public static WriteFault HoldEvery() => new(null, once: false);

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await HitAsync(command, cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await HitAsync(command, cancellationToken);
        return result;
    }

    private async Task HitAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (!Armed || (!_readsToo && !IsWrite(command.CommandText)) || (_containing is not null && !command.CommandText.Contains(_containing, StringComparison.Ordinal)))
        {
            return;
        }

        if (!_once)
        {
            Interlocked.Increment(ref _hits);
        }
        else if (Interlocked.CompareExchange(ref _hits, 1, 0) != 0)
        {
            return;
        }

        if (_failure is not null)
        {
            throw _failure;
        }

        Reached.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Cancelled.TrySetResult();
            throw;
        }
    }

    private static bool IsWrite(string sql) =>
        sql.Contains("INSERT INTO", StringComparison.Ordinal) || sql.Contains("UPDATE ", StringComparison.Ordinal)
        || sql.Contains("DELETE FROM", StringComparison.Ordinal);
}
