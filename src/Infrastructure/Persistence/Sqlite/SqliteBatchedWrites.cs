using Microsoft.EntityFrameworkCore.Update;

namespace Partner.Infrastructure.Persistence.Sqlite;

/// <summary>
/// A save's rows in one command, as on the server databases. EF's SQLite provider sends one command per row
/// (SingularModificationCommandBatch); Microsoft.Data.Sqlite runs a command's statements one after another, so the
/// same rows, in the same order and transaction, go through EF's command pipeline once instead of once per row
/// (a new customer's connect: four rows).
/// </summary>
public sealed class SqliteBatchedWrites(ModificationCommandBatchFactoryDependencies dependencies) : IModificationCommandBatchFactory
{
    // SQLite binds at most 32,766 parameters per statement; a command's statements are bound one by one.
    private const int MaxRowsPerCommand = 100;

    public ModificationCommandBatch Create() => new Batch(dependencies);

    private sealed class Batch(ModificationCommandBatchFactoryDependencies dependencies)
        : AffectedCountModificationCommandBatch(dependencies, MaxRowsPerCommand);
}
