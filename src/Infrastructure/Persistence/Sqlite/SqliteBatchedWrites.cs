using Microsoft.EntityFrameworkCore.Update;

namespace Partner.Infrastructure.Persistence.Sqlite;

/// <summary>A save's rows in one command: EF's SQLite provider sends one per row (docs/decisions/0004-sqlite-fast-path.md).</summary>
public sealed class SqliteBatchedWrites(ModificationCommandBatchFactoryDependencies dependencies) : IModificationCommandBatchFactory
{
    // SQLite binds at most 32,766 parameters per statement; a command's statements are bound one by one.
    private const int MaxRowsPerCommand = 100;

    public ModificationCommandBatch Create() => new Batch(dependencies);

    private sealed class Batch(ModificationCommandBatchFactoryDependencies dependencies)
        : AffectedCountModificationCommandBatch(dependencies, MaxRowsPerCommand);
}
