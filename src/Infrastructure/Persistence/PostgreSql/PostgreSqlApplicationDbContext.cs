using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Partner.Infrastructure.Persistence.PostgreSql;

/// <summary>PostgreSQL, selected with Database:Provider = PostgreSql; several instances may share one database.</summary>
public sealed class PostgreSqlApplicationDbContext(DbContextOptions<PostgreSqlApplicationDbContext> options) : ApplicationDbContext(options)
{
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
