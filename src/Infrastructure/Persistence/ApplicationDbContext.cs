using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Accounts;
using Partner.Domain.DatabricksPartnerConnect.Connections;
using Partner.Domain.DatabricksPartnerConnect.Users;
using Partner.Domain.GreenhouseAssessment.Outbox;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Infrastructure.Persistence;

/// <summary>Each provider derives its own context so that each keeps its own migration set; the model is shared.</summary>
public abstract class ApplicationDbContext(DbContextOptions options)
    : DbContext(options), IApplicationDbContext, IDataProtectionKeyContext
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<User> Users => Set<User>();

    public DbSet<Connection> Connections => Set<Connection>();

    public DbSet<OAuthAuthorization> OAuthAuthorizations => Set<OAuthAuthorization>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<OrganizationApiKey> OrganizationApiKeys => Set<OrganizationApiKey>();

    public DbSet<OrganizationLogo> OrganizationLogos => Set<OrganizationLogo>();

    public DbSet<AssessmentTest> AssessmentTests => Set<AssessmentTest>();

    public DbSet<TestInstance> TestInstances => Set<TestInstance>();

    public DbSet<ResponseError> ResponseErrors => Set<ResponseError>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public bool IsUniqueConstraintViolation(DbUpdateException exception) => IsUniqueViolation(exception?.InnerException);

    public bool IsWriteConflict(DbUpdateException exception) => exception is DbUpdateConcurrencyException
        || IsUniqueViolation(exception?.InnerException) || IsForeignKeyViolation(exception?.InnerException);

    protected abstract bool IsUniqueViolation(Exception? cause);

    protected abstract bool IsForeignKeyViolation(Exception? cause);

    public void DiscardChanges() => ChangeTracker.Clear();

    /// <summary>A 1.0.0 history first gets its squashed InitialCreate (<see cref="SquashedMigrations"/>).</summary>
    public virtual async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await SquashedMigrations.AdoptAsync(this, cancellationToken);
        await Database.MigrateAsync(cancellationToken);
    }

    /// <summary>A save with nothing to write (a sign-in that only read) skips EF's save pipeline entirely.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        ChangeTracker.HasChanges() ? SaveWritesAsync(acceptAllChangesOnSuccess, cancellationToken) : Task.FromResult(0);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        ChangeTracker.HasChanges() ? SaveWrites(acceptAllChangesOnSuccess) : 0;

    /// <summary>A save that has something to write; a provider may wrap it (SQLite queues its writers).</summary>
    protected virtual Task<int> SaveWritesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken) =>
        base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

    protected virtual int SaveWrites(bool acceptAllChangesOnSuccess) => base.SaveChanges(acceptAllChangesOnSuccess);

    public virtual Task<int> ExecuteWriteAsync(Func<CancellationToken, Task<int>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return write(cancellationToken);
    }

    public virtual Task EraseDeletedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Statuses are plain enums stored as strings: readable in SQL and stable if members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(TextLimits.EnumName);
    }
}

public sealed class SqlServerApplicationDbContext(DbContextOptions<SqlServerApplicationDbContext> options) : ApplicationDbContext(options)
{
    // Cannot insert duplicate key row (2601) / Violation of UNIQUE KEY or PRIMARY KEY constraint (2627)
    protected override bool IsUniqueViolation(Exception? cause) => cause is SqlException { Number: 2601 or 2627 };

    // The statement conflicted with the FOREIGN KEY constraint (547)
    protected override bool IsForeignKeyViolation(Exception? cause) => cause is SqlException { Number: 547 };
}
