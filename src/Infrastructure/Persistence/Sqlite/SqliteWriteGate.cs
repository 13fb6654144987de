namespace Partner.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Queues this process's writes on an async gate instead of colliding in SQLITE_BUSY and Microsoft.Data.Sqlite's
/// blocking sleeps; other processes on the same file still meet SQLite's own busy handling. Released in a <c>finally</c>
/// whatever the write throws (docs/decisions/0004-sqlite-fast-path.md).
/// </summary>
public sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Whether a save holds the gate now (for tests and diagnostics).</summary>
    public bool IsHeld => _gate.CurrentCount == 0;

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await write(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public T Run<T>(Func<T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        _gate.Wait();
        try
        {
            return write();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
