using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Partner.Infrastructure.Persistence.PostgreSql;

public sealed class PostgreSqlApplicationDbContext(DbContextOptions<PostgreSqlApplicationDbContext> options) : ApplicationDbContext(options)
{
    // Any constant shared by every instance of the service: the key of the advisory lock taken around migrations.
    private const long MigrationLockKey = 0x5061_7274_6E65_72; // "Partner"

    /// <summary>
    /// Instances starting at once on one database migrate one after the other. EF's own PostgreSQL migration lock is
    /// a table lock released at the end of each migration's transaction, so a second instance could read the history
    /// between two migrations and apply the next one again ("relation already exists"); this session-level advisory
    /// lock covers the whole set and is released when the session ends, also if the process dies.
    /// </summary>
    public override async Task MigrateAsync(CancellationToken cancellationToken)
    {
        // The lock needs a session in the database: create it first when missing, as EF's Migrate would.
        var creator = this.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another instance created it a moment ago.
            }
        }

        await Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            try
            {
                // EF probes a fresh database's history by querying it, which fails and is logged as an error: create it first.
                await this.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
                await base.MigrateAsync(cancellationToken);
            }
            finally
            {
                await Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await Database.CloseConnectionAsync();
        }
    }

    protected override bool IsUniqueViolation(Exception? cause) => cause is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    protected override bool IsForeignKeyViolation(Exception? cause) => cause is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation };

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // Npgsql writes a DateTimeOffset to timestamptz only with offset 0 and throws otherwise: convert every value to
        // UTC here instead of relying on each caller to pass one.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToUtcConverter>();
    }
}
