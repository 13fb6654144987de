using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Partner.WebApi.FunctionalTests.Persistence;

/// <summary>Start on a PostgreSQL server whose database does not exist yet: the app creates it, then migrates.</summary>
public sealed class PostgreSqlStartupTests
{
    [Test]
    public async Task MissingDatabase_IsCreatedAndMigratedAtStart_AndTheAppServes()
    {
        using var owner = new PartnerApiFactory(provider: Provider.PostgreSql);
        owner.Database.DropPostgres();
        using var app = new PartnerApiFactory(sharedDatabase: owner.Database);

        using var ready = await app.CreateClient().GetAsync("/health/ready");
        var (applied, known) = await app.WithDbAsync(async db => ((await db.Database.GetAppliedMigrationsAsync()).ToList(), db.Database.GetMigrations().ToList()));

        Assert.Multiple(() =>
        {
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(applied, Is.EqualTo(known));
        });
    }
}
