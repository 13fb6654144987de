using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Partner.Infrastructure.Persistence.PostgreSql;
using Partner.Infrastructure.Persistence.Sqlite;

namespace Partner.Infrastructure.Persistence;

/// <summary>
/// After 1.0.0 each provider's migrations up to SharedAuthenticationFailures became one <see cref="InitialCreate"/> of the
/// same schema. A database those migrations made has their ids in its history, which EF does not know: it would run
/// InitialCreate on the existing tables. Before migrating, such a history gets the InitialCreate row (<see cref="AdoptAsync"/>).
/// The old rows stay, so that 1.0.0 still finds its own history on a rollback (docs/upgrading.md); a later release,
/// once no 1.0.0 database is left to upgrade, can drop them with this table, the one place in the source the old ids survive.
/// </summary>
public static class SquashedMigrations
{
    /// <summary>Each provider's squashed migration: the schema of 1.0.0.</summary>
    public const string InitialCreate = "20261205170000_InitialCreate";

    private static readonly string[] Sqlite =
    [
        "20261123121928_InitialCreate",
        "20261123123733_AddGreenhouse",
        "20261201021941_AddWriteProbe",
        "20261201033854_AddTestInstanceApiKey",
        "20261201050232_AddApiKeyLastUsedAt",
        "20261201052850_AddBuiltInAssessments",
        "20261201185450_ConcurrencyTokens",
        "20261205145723_OAuthU2M",
        "20261205160916_HashedTokensAndSendQuota",
        "20261205161426_SharedAuthenticationFailures",
    ];

    private static readonly string[] SqlServer =
    [
        "20261123122003_InitialCreate",
        "20261123123747_AddGreenhouse",
        "20261201021944_AddWriteProbe",
        "20261201033856_AddTestInstanceApiKey",
        "20261201050235_AddApiKeyLastUsedAt",
        "20261201052853_AddBuiltInAssessments",
        "20261201185512_ConcurrencyTokens",
        "20261205145727_OAuthU2M",
        "20261205160919_HashedTokensAndSendQuota",
        "20261205161432_SharedAuthenticationFailures",
    ];

    private static readonly string[] PostgreSql =
    [
        "20261201021429_InitialCreate",
        "20261201024255_AddWriteProbe",
        "20261201033859_AddTestInstanceApiKey",
        "20261201050239_AddApiKeyLastUsedAt",
        "20261201052856_AddBuiltInAssessments",
        "20261201185536_ConcurrencyTokens",
        "20261205145730_OAuthU2M",
        "20261205160922_HashedTokensAndSendQuota",
        "20261205161438_SharedAuthenticationFailures",
    ];

    /// <summary>The ids 1.0.0 applied on <paramref name="context"/>'s provider, in order; the last one is 1.0.0's schema.</summary>
    public static IReadOnlyList<string> Release100(ApplicationDbContext context) => context switch
    {
        SqliteApplicationDbContext => Sqlite,
        SqlServerApplicationDbContext => SqlServer,
        PostgreSqlApplicationDbContext => PostgreSql,
        _ => throw new ArgumentOutOfRangeException(nameof(context), context?.GetType().Name, "No migration set for this context."),
    };

    /// <summary>
    /// A 1.0.0 history gets the InitialCreate row; a history that stops before 1.0.0 stops the start, since neither the
    /// old migrations nor InitialCreate can bring it to 1.0.0's schema. Anything else (a new database, one already
    /// adopted) is left as it is. Runs inside the provider's migration lock where it has one (PostgreSQL).
    /// </summary>
    public static async Task AdoptAsync(ApplicationDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(cancellationToken))
        {
            return;
        }

        var applied = await AppliedAsync(history, cancellationToken);
        var release = Release100(db);
        if (applied.Contains(InitialCreate) || !applied.Overlaps(release))
        {
            return;
        }

        if (!applied.Contains(release[^1]))
        {
            var last = applied.Where(release.Contains).Max(StringComparer.Ordinal);
            throw new DatabaseStartupException(
                $"The database was made by a build before 1.0.0 (its last migration is {last}), which this version cannot upgrade: "
                + "upgrade it with Partner 1.0.0 first, or, if it is a development database, delete it (the SQLite file, or drop the database) and start again.");
        }

        try
        {
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(InitialCreate, ProductInfo.GetVersion())), cancellationToken);
        }
        catch (DbException) when (!cancellationToken.IsCancellationRequested)
        {
            // Another instance starting at the same time may have written it first (SQL Server has no lock of ours here).
            if (!(await AppliedAsync(history, cancellationToken)).Contains(InitialCreate))
            {
                throw;
            }
        }
    }

    private static async Task<HashSet<string>> AppliedAsync(IHistoryRepository history, CancellationToken cancellationToken) =>
        (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(row => row.MigrationId).ToHashSet(StringComparer.Ordinal);
}
