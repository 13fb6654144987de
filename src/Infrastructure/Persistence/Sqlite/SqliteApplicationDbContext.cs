using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Partner.Infrastructure.Persistence.Sqlite;

public sealed class SqliteApplicationDbContext(DbContextOptions<SqliteApplicationDbContext> options) : ApplicationDbContext(options)
{
    private SqliteWriteGate? _gate;

    // The singleton of the application's services (EF falls back to them for a service it does not have itself).
    private SqliteWriteGate Gate => _gate ??= this.GetService<SqliteWriteGate>();

    /// <summary>Turns on the WAL journal first (readers do not block the writer); it is a property of the file.</summary>
    public override async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        finally
        {
            await Database.CloseConnectionAsync();
        }

        await base.MigrateAsync(cancellationToken);
    }

    protected override Task<int> SaveWritesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken) =>
        Gate.RunAsync(token => base.SaveWritesAsync(acceptAllChangesOnSuccess, token), cancellationToken);

    protected override int SaveWrites(bool acceptAllChangesOnSuccess) =>
        Gate.Run(() => base.SaveWrites(acceptAllChangesOnSuccess));

    public override Task<int> ExecuteWriteAsync(Func<CancellationToken, Task<int>> write, CancellationToken cancellationToken) =>
        Gate.RunAsync(write, cancellationToken);

    /// <summary>
    /// secure_delete (SqliteConnectionInterceptor) zeroes what a delete frees once it reaches the main file: checkpoint now,
    /// and truncate the WAL, whose frames still hold the old pages. Best effort: the delete itself has succeeded, so a
    /// failure here (a reader holding the WAL) is logged, never answered; the next automatic checkpoint finishes it.
    /// </summary>
    public override async Task EraseDeletedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Gate.RunAsync(token => Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", token), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            this.GetService<ILoggerFactory>().CreateLogger<SqliteApplicationDbContext>()
                .LogWarning(ex, "The WAL was not checkpointed after deleting secrets; the next automatic checkpoint will");
        }
    }

    // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555)
    protected override bool IsUniqueViolation(Exception? cause) => cause is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 };

    // SQLITE_CONSTRAINT_FOREIGNKEY (787): a row refers to one that is gone. A delete refused by an ON DELETE RESTRICT
    // reference comes as SQLITE_CONSTRAINT_TRIGGER (1811) with the same message; the schema has no triggers of its own.
    protected override bool IsForeignKeyViolation(Exception? cause) => cause is SqliteException { SqliteExtendedErrorCode: 787 }
        || (cause is SqliteException { SqliteExtendedErrorCode: 1811 } restricted
            && restricted.Message.Contains("FOREIGN KEY constraint failed", StringComparison.Ordinal));

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no DateTimeOffset type: store UTC ticks, which sort and compare correctly in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }
}
