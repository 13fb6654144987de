using System.Net;
using Npgsql;

namespace Partner.WebApi.FunctionalTests.Health;

/// <summary>
/// A real read-only database, not an injected fault: the PostgreSQL server itself refuses writes
/// (default_transaction_read_only), while reads and connections still work.
/// </summary>
public sealed class PostgreSqlReadOnlyHealthTests
{
    [Test]
    public async Task DatabaseSetReadOnly_ReadyIs503_AndBack200WhenWritable()
    {
        using var factory = new PartnerApiFactory(provider: Provider.PostgreSql,
            settings: new Dictionary<string, string?> { ["Health:WriteProbeCacheDuration"] = "00:00:00" });
        using var client = factory.CreateClient();
        using var before = await client.GetAsync("/health/ready");
        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await SetReadOnlyAsync(factory.Database, true);
        using var readOnly = await client.GetAsync("/health/ready");
        using var live = await client.GetAsync("/health/live");
        await SetReadOnlyAsync(factory.Database, false);
        using var after = await client.GetAsync("/health/ready");

        Assert.Multiple(() =>
        {
            Assert.That(readOnly.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    /// <summary>Sets the database's default for new sessions, then drops pooled sessions so the app opens new ones.</summary>
    private static async Task SetReadOnlyAsync(TestDatabase database, bool readOnly)
    {
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false };
        var name = builder.Database;
        // From the server's own database: a session of a read-only database cannot switch it back.
        builder.Database = "postgres";
        await using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"ALTER DATABASE \"{name}\" SET default_transaction_read_only = {(readOnly ? "on" : "off")}", connection);
            await command.ExecuteNonQueryAsync();
        }

        NpgsqlConnection.ClearAllPools();
    }
}
