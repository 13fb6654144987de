using Partner.Domain.DatabricksPartnerConnect.Accounts;
using Partner.Domain.DatabricksPartnerConnect.Connections;
using Partner.Domain.DatabricksPartnerConnect.Users;
using Partner.Domain.GreenhouseAssessment.Outbox;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.Common.Interfaces;

/// <summary>The database as the use cases see it. One command, one <see cref="SaveChangesAsync"/>.</summary>
public interface IApplicationDbContext
{
    DbSet<Account> Accounts { get; }

    DbSet<User> Users { get; }

    DbSet<Connection> Connections { get; }

    DbSet<OAuthAuthorization> OAuthAuthorizations { get; }

    DbSet<Organization> Organizations { get; }

    DbSet<OrganizationApiKey> OrganizationApiKeys { get; }

    DbSet<OrganizationLogo> OrganizationLogos { get; }

    DbSet<AssessmentTest> AssessmentTests { get; }

    DbSet<TestInstance> TestInstances { get; }

    DbSet<ResponseError> ResponseErrors { get; }

    DbSet<OutboxMessage> OutboxMessages { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs a set-based write (<c>ExecuteUpdateAsync</c>, <c>ExecuteDeleteAsync</c>) the way a save runs: on SQLite it
    /// waits its turn behind this process's other writes instead of colliding with them in SQLite's busy handler.
    /// </summary>
    Task<int> ExecuteWriteAsync(Func<CancellationToken, Task<int>> write, CancellationToken cancellationToken);

    /// <summary>Whether a save failed on a unique index (a concurrent request created the same row first).</summary>
    bool IsUniqueConstraintViolation(DbUpdateException exception);

    /// <summary>A concurrent request wrote first: a row to update or delete is gone, one to insert exists, or one it refers to was deleted.</summary>
    bool IsWriteConflict(DbUpdateException exception);

    /// <summary>After secrets were deleted: makes the deleted bytes unreadable from the database's own files.</summary>
    Task EraseDeletedAsync(CancellationToken cancellationToken);

    void DiscardChanges();
}
