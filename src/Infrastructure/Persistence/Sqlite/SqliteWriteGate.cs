namespace Partner.Infrastructure.Persistence.Sqlite;

/// <summary>
/// SQLite allows one writer at a time; a second writer gets SQLITE_BUSY, and Microsoft.Data.Sqlite then retries with a
/// blocking sleep. Queuing this process's writes (saves and set-based writes) on an async gate instead keeps writers
/// from colliding and threads from sleeping. Other processes on the same file still fall back to SQLite's own busy
/// handling.
/// <para>
/// The gate is held only inside <see cref="RunAsync{T}"/>, around one write, and released in its <c>finally</c>: whatever
/// the write throws (a concurrency conflict, a unique violation, a busy or full database, a cancellation), the next
/// writer gets in. <c>SqliteFastPathTests.WriteGate_ReleasedWhateverTheSaveThrows</c> and <c>WritePathTests</c> (each
/// failure through HTTP, then a write that must go through) hold that.
/// </para>
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
