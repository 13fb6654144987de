using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Partner.Infrastructure.Persistence;
using Partner.Infrastructure.Persistence.PostgreSql;
using Partner.Infrastructure.Persistence.Sqlite;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Persistence;

/// <summary>
/// The migrations squashed after 1.0.0 (<see cref="SquashedMigrations"/>). Each database is made as an earlier build left
/// it: today's migrations up to a point, then the history that build wrote (1.0.0's ids, or fewer). A 1.0.0 database,
/// or one already past it, is adopted at start and by `migrate` without running anything twice; one from before 1.0.0
/// refuses to start, in one line, and is left as it was.
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
public sealed class SquashedMigrationsTests(Provider provider)
{
    private const string LongPassword = "squashed-migrations-password-0123";
    private static readonly DateTimeOffset Written = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    [Test]
    public async Task Release100Database_StartsAdopted_GetsGreenhouseBrandAndInvitations_AndKeepsItsRows()
    {
        using var app = new PartnerApiFactory(provider: provider, captureLogs: true);
        var (release, greenhouse) = Migrations(app.Database);
        await MakeAsync(app.Database, SquashedMigrations.InitialCreate, release);
        var (organizationId, testId) = await SeedAsync(app.Database);

        using var ready = await app.CreateClient().GetAsync("/health/ready");
        var applied = await app.WithDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());
        var (organization, test) = await app.WithDbAsync(async db => (
            await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == organizationId),
            await db.AssessmentTests.AsNoTracking().SingleAsync(t => t.Id == testId)));

        Assert.Multiple(() =>
        {
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(applied, Is.EqualTo(release.Append(SquashedMigrations.InitialCreate).Append(greenhouse)), "1.0.0's rows kept, for a rollback");
            Assert.That(Applying(app), Is.EqualTo(new[] { greenhouse }));
            Assert.That(organization.Name, Is.EqualTo("Written by 1.0.0"));
            Assert.That(organization.DisplayName, Is.Null, "the brand columns exist");
            Assert.That(test.Name, Is.EqualTo("Test written by 1.0.0"));
            Assert.That(test.InvitationLifetimeDays, Is.EqualTo(14), "GreenhouseBrandAndInvitations' default for tests that exist");
            Assert.That(test.ReminderDaysBeforeExpiry, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task DatabasePast100WithTheOldHistory_StartsAdopted_AndNothingRunsAgain()
    {
        using var app = new PartnerApiFactory(provider: provider, captureLogs: true);
        var (release, greenhouse) = Migrations(app.Database);
        string[] before = [.. release, greenhouse];
        await MakeAsync(app.Database, greenhouse, before);
        var (organizationId, _) = await SeedAsync(app.Database);

        using var ready = await app.CreateClient().GetAsync("/health/ready");
        var applied = await app.WithDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());
        var organization = await app.WithDbAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.Id == organizationId));

        Assert.Multiple(() =>
        {
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(applied, Is.EqualTo(release.Append(SquashedMigrations.InitialCreate).Append(greenhouse)));
            Assert.That(Applying(app), Is.Empty);
            Assert.That(organization.Name, Is.EqualTo("Written by 1.0.0"));
        });
    }

    [Test]
    public async Task Release100Database_Migrate_AdoptsIt_AndASecondRunHasNothingToDo()
    {
        await WithOwnDatabaseAsync(async (database, directory, settings) =>
        {
            var (release, greenhouse) = Migrations(database);
            await MakeAsync(database, SquashedMigrations.InitialCreate, release);

            var first = await ServerProcess.RunToExitAsync(settings, directory, ["migrate"], TimeSpan.FromSeconds(60));
            var second = await ServerProcess.RunToExitAsync(settings, directory, ["migrate"], TimeSpan.FromSeconds(60));

            Assert.Multiple(() =>
            {
                Assert.That(first.ExitCode, Is.Zero, first.Errors);
                Assert.That(first.Output, Does.Contain("The database is up to date."));
                Assert.That(second.ExitCode, Is.Zero, second.Errors);
                Assert.That(History(database), Is.EqualTo(release.Append(SquashedMigrations.InitialCreate).Append(greenhouse)));
            });
        });
    }

    [Test]
    public async Task PreReleaseDatabase_StartAndMigrate_RefuseInOneLine_AndChangeNothing()
    {
        await WithOwnDatabaseAsync(async (database, directory, settings) =>
        {
            var (release, _) = Migrations(database);
            // A build before 1.0.0 had applied its first two migrations (the schema is irrelevant to the refusal).
            string[] before = [.. release.Take(2)];
            await MakeAsync(database, SquashedMigrations.InitialCreate, before);

            var start = await ServerProcess.RunToExitAsync(settings, directory, timeout: TimeSpan.FromSeconds(60));
            var migrate = await ServerProcess.RunToExitAsync(settings, directory, ["migrate"], TimeSpan.FromSeconds(60));

            var expected = $"Start-up failed: The database was made by a build before 1.0.0 (its last migration is {before[1]}), which this version cannot upgrade: "
                + "upgrade it with Partner 1.0.0 first, or, if it is a development database, delete it (the SQLite file, or drop the database) and start again.";
            Assert.Multiple(() =>
            {
                foreach (var (exitCode, output, errors) in new[] { start, migrate })
                {
                    // migrate logs to stderr too: its deployment warnings are not part of the problem.
                    var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Where(line => !line.StartsWith("warn: ", StringComparison.Ordinal));
                    Assert.That(exitCode, Is.EqualTo(2), output + errors);
                    Assert.That(lines, Is.EqualTo(new[] { expected, "The service did not start. See docs/operations.md \"Start-up problems\"." }));
                    Assert.That(output + errors, Does.Not.Contain("   at ").And.Not.Contain("fail:"));
                }

                Assert.That(History(database), Is.EqualTo(before), "nothing written");
            });
        });
    }

    /// <summary>1.0.0's migration ids of the provider (the last is its schema) and the migration added after it.</summary>
    private static (IReadOnlyList<string> Release, string Greenhouse) Migrations(TestDatabase database)
    {
        using var db = Open(database);
        var known = db.Database.GetMigrations().ToList();
        Assert.That(known, Has.Count.EqualTo(2));
        Assert.That(known[0], Is.EqualTo(SquashedMigrations.InitialCreate));
        return (SquashedMigrations.Release100(db), known[1]);
    }

    /// <summary>Today's migrations up to <paramref name="target"/>, then <paramref name="history"/> as the database's history.</summary>
    private static async Task MakeAsync(TestDatabase database, string target, IEnumerable<string> history)
    {
        await using var db = Open(database);
        await db.GetService<IMigrator>().MigrateAsync(target);
        var repository = db.GetService<IHistoryRepository>();
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "__EFMigrationsHistory" """);
        foreach (var id in history)
        {
            await db.Database.ExecuteSqlRawAsync(repository.GetInsertScript(new HistoryRow(id, "10.0.0")));
        }
    }

    /// <summary>An organization and a test written with 1.0.0's columns only.</summary>
    private static async Task<(Guid Organization, Guid Test)> SeedAsync(TestDatabase database)
    {
        var (organization, test) = (Guid.NewGuid(), Guid.NewGuid());
        // SQLite keeps an instant as UTC ticks (SqliteApplicationDbContext's convention).
        object createdAt = database.Provider == Provider.Sqlite ? Written.UtcTicks : Written;
        await using var db = Open(database);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "Organizations" ("Id", "Name", "CreatedAt") VALUES ({organization}, {"Written by 1.0.0"}, {createdAt})""");
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "AssessmentTests" ("Id", "OrganizationId", "PartnerTestId", "Name", "CreatedAt") VALUES ({test}, {organization}, {"t-100"}, {"Test written by 1.0.0"}, {createdAt})""");
        return (organization, test);
    }

    private static List<string> History(TestDatabase database)
    {
        using var db = Open(database);
        return [.. db.Database.GetAppliedMigrations()];
    }

    private static List<string> Applying(PartnerApiFactory app) =>
    [
        .. app.Logs!.Entries
            .Where(e => e.Category.StartsWith("Microsoft.EntityFrameworkCore.Migrations", StringComparison.Ordinal)
                && e.Message.StartsWith("Applying migration", StringComparison.Ordinal))
            .Select(e => e.Message.Split('\'')[1]),
    ];

    private static ApplicationDbContext Open(TestDatabase database) => database.Provider switch
    {
        Provider.Sqlite => new SqliteApplicationDbContext(
            new DbContextOptionsBuilder<SqliteApplicationDbContext>().UseSqlite(database.ConnectionString).Options),
        Provider.PostgreSql => new PostgreSqlApplicationDbContext(
            new DbContextOptionsBuilder<PostgreSqlApplicationDbContext>().UseNpgsql(database.ConnectionString).Options),
        _ => throw new ArgumentOutOfRangeException(nameof(database), database.Provider, null),
    };

    /// <summary>A database of the fixture's provider and the settings of the app run as a process on it (Production).</summary>
    private async Task WithOwnDatabaseAsync(Func<TestDatabase, string, Dictionary<string, string>, Task> test)
    {
        var directory = Path.Combine(Path.GetTempPath(), "partner-tests", "squashed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            using var database = TestDatabase.Create(provider, directory);
            var settings = new Dictionary<string, string>(database.Settings)
            {
                ["Database:DataDirectory"] = directory,
                ["PartnerConnect:Credentials:0:Username"] = "databricks",
                ["PartnerConnect:Credentials:0:Password"] = LongPassword,
            };
            await test(database, directory, settings);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
