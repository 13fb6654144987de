using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Accounts;
using Partner.Domain.Connections;
using Partner.Domain.Greenhouse;
using Partner.Domain.Outbox;
using Partner.Domain.Users;

namespace Partner.Infrastructure.Persistence;

/// <summary>
/// The one database of the service. Each provider has a derived context so that each keeps its own migration set
/// (Migrations/Sqlite, Migrations/SqlServer); the model itself is shared.
/// </summary>
public abstract class ApplicationDbContext(DbContextOptions options)
    : DbContext(options), IApplicationDbContext, IDataProtectionKeyContext
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<User> Users => Set<User>();

    public DbSet<Connection> Connections => Set<Connection>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<OrganizationApiKey> OrganizationApiKeys => Set<OrganizationApiKey>();

    public DbSet<AssessmentTest> AssessmentTests => Set<AssessmentTest>();

    public DbSet<TestInstance> TestInstances => Set<TestInstance>();

    public DbSet<ResponseError> ResponseErrors => Set<ResponseError>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public bool IsUniqueConstraintViolation(DbUpdateException exception) => exception?.InnerException switch
    {
        // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555)
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        // Cannot insert duplicate key row / Violation of UNIQUE KEY or PRIMARY KEY constraint
        SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        _ => false,
    };

    public void DiscardChanges() => ChangeTracker.Clear();

    /// <summary>A save with nothing to write (a sign-in that only read) skips EF's save pipeline entirely.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        ChangeTracker.HasChanges() ? base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken) : Task.FromResult(0);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Statuses are plain enums stored as strings: readable in SQL and stable if members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}

/// <summary>SQLite, the embedded default.</summary>
public sealed class SqliteApplicationDbContext(DbContextOptions<SqliteApplicationDbContext> options) : ApplicationDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no DateTimeOffset type: store UTC ticks, which sort and compare correctly in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }
}

/// <summary>SQL Server, selected with Database:Provider = SqlServer.</summary>
public sealed class SqlServerApplicationDbContext(DbContextOptions<SqlServerApplicationDbContext> options) : ApplicationDbContext(options);
