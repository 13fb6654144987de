using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Partner.Application.Common.Interfaces;

namespace Partner.WebApi.FunctionalTests.Security;

/// <summary>docs/architecture.md "Conventions" (secrets): the PAT and the OAuth secret are stored only as ciphertext, and dropped when the connection is deleted.</summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
public sealed class SecretsAtRestTests(Provider provider) : OwnHostFixture
{
    protected override PartnerApiFactory CreateHost() => new PartnerApiFactory(provider: provider);

    [Test]
    public async Task Connect_DatabaseNeverHoldsThePatOrOAuthSecretInPlainText()
    {
        var (domain, pat, secret, connectionId) = await ConnectWithSecretsAsync();

        var bytes = provider == Provider.Sqlite ? ReadDatabaseFiles() : await ReadEveryPostgresRowAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Contains(bytes, domain), Is.True, "the data read is the data the app writes");
            Assert.That(Contains(bytes, pat), Is.False, "PAT in plain text in the database");
            Assert.That(Contains(bytes, secret), Is.False, "OAuth secret in plain text in the database");
        });
        var stored = await Factory.WithDbAsync(db => db.Connections.AsNoTracking().SingleAsync(c => c.Id == connectionId));
        var protector = Factory.Services.GetRequiredService<ISecretProtector>();
        Assert.Multiple(() =>
        {
            Assert.That(stored.ProtectedPersonalAccessToken, Is.Not.Null.And.Not.Contains(pat));
            Assert.That(stored.ProtectedOAuthSecret, Is.Not.Null.And.Not.Contains(secret));
            Assert.That(protector.Unprotect(stored.ProtectedPersonalAccessToken!), Is.EqualTo(pat), "the ciphertext is of the PAT sent");
            Assert.That(protector.Unprotect(stored.ProtectedOAuthSecret!), Is.EqualTo(secret));
        });
    }

    [Test]
    public async Task DeleteConnection_SetsDeletedAtAndNullsTheSecrets()
    {
        var (_, _, _, connectionId) = await ConnectWithSecretsAsync();
        var workspaceId = await Factory.WithDbAsync(db => db.Connections.Where(c => c.Id == connectionId).Select(c => c.WorkspaceId).SingleAsync());

        var (response, json) = await Databricks.DeleteConnectionAsync(connectionId.ToString(), workspaceId);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        var stored = await Factory.WithDbAsync(db => db.Connections.AsNoTracking().SingleAsync(c => c.Id == connectionId));
        Assert.Multiple(() =>
        {
            Assert.That(stored.DeletedAt, Is.Not.Null);
            Assert.That(stored.ProtectedPersonalAccessToken, Is.Null);
            Assert.That(stored.ProtectedOAuthSecret, Is.Null);
        });
    }

    /// <summary>
    /// SQLite: the file and its WAL (secure_delete, checkpoint). PostgreSQL: every row the database answers (old row
    /// versions wait for VACUUM: docs/operations.md "Security").
    /// </summary>
    [Test]
    public async Task DeleteConnection_TheCiphertextsAreGoneFromTheDatabase()
    {
        var (_, _, _, connectionId) = await ConnectWithSecretsAsync();
        var stored = await Factory.WithDbAsync(db => db.Connections.AsNoTracking().SingleAsync(c => c.Id == connectionId));
        Assert.That(Contains(await ReadAllAsync(), stored.ProtectedPersonalAccessToken!), Is.True, "the ciphertext is in the data before");

        var (response, json) = await Databricks.DeleteConnectionAsync(connectionId.ToString(), stored.WorkspaceId);

        var data = await ReadAllAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
            Assert.That(Contains(data, stored.ProtectedPersonalAccessToken!), Is.False, "PAT ciphertext left");
            Assert.That(Contains(data, stored.ProtectedOAuthSecret!), Is.False, "OAuth secret ciphertext left");
        });
    }

    private async Task<byte[]> ReadAllAsync() => provider == Provider.Sqlite ? ReadDatabaseFiles() : await ReadEveryPostgresRowAsync();

    private async Task<(string Domain, string Pat, string Secret, Guid ConnectionId)> ConnectWithSecretsAsync()
    {
        var domain = DatabricksRequests.NewTestDomain();
        var pat = $"dapi{Guid.NewGuid():N}";
        var secret = $"dose{Guid.NewGuid():N}";
        var body = DatabricksRequests.Connect($"admin@{domain}", DatabricksRequests.NewWorkspaceId());
        body["user_info"]!["auth"] = new JsonObject { ["personal_access_token"] = pat };
        body["service_principal_id"] = Guid.NewGuid().ToString();
        body["service_principal_oauth_secret"] = secret;

        var (response, json) = await Databricks.ConnectAsync(body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        return (domain, pat, secret, Guid.Parse(json.Text("connection_id")!));
    }

    /// <summary>The SQLite file and its WAL (recent writes live there until a checkpoint).</summary>
    private byte[] ReadDatabaseFiles()
    {
        using var all = new MemoryStream();
        foreach (var path in new[] { Factory.DatabasePath, Factory.DatabasePath + "-wal" }.Where(File.Exists))
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            file.CopyTo(all);
        }

        return all.ToArray();
    }

    /// <summary>Every row of every table of the app's PostgreSQL database, as text.</summary>
    private async Task<byte[]> ReadEveryPostgresRowAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.Database.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new StringBuilder();
        foreach (var table in tables)
        {
            await using var rows = new NpgsqlCommand("SELECT t::text FROM \"" + table + "\" t", connection);
            await using var reader = await rows.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.AppendLine(reader.GetString(0));
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0 || haystack.AsSpan().IndexOf(Encoding.Unicode.GetBytes(needle)) >= 0;
}
