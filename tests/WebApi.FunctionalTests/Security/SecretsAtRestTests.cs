using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partner.Application.Common.Interfaces;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Security;

/// <summary>STYLE §7: the PAT and the OAuth secret are stored only as ciphertext, and dropped when the connection is deleted.</summary>
public sealed class SecretsAtRestTests
{
    private PartnerApiFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        _factory = new PartnerApiFactory();
        _client = _factory.CreateDatabricksClient();
    }

    [OneTimeTearDown]
    public void StopApp()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Connect_DatabaseFilesNeverHoldThePatOrOAuthSecretInPlainText()
    {
        var (domain, pat, secret, connectionId) = await ConnectWithSecretsAsync();

        var bytes = ReadDatabaseFiles();

        Assert.Multiple(() =>
        {
            Assert.That(Contains(bytes, domain), Is.True, "the files read are the ones the app writes to");
            Assert.That(Contains(bytes, pat), Is.False, "PAT in plain text in the database files");
            Assert.That(Contains(bytes, secret), Is.False, "OAuth secret in plain text in the database files");
        });
        var stored = await _factory.WithDbAsync(db => db.Connections.AsNoTracking().SingleAsync(c => c.Id == connectionId));
        var protector = _factory.Services.GetRequiredService<ISecretProtector>();
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
        var workspaceId = await _factory.WithDbAsync(db => db.Connections.Where(c => c.Id == connectionId).Select(c => c.WorkspaceId).SingleAsync());

        var (response, json) = await _client.DeleteConnectionAsync(connectionId.ToString(), workspaceId);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        var stored = await _factory.WithDbAsync(db => db.Connections.AsNoTracking().SingleAsync(c => c.Id == connectionId));
        Assert.Multiple(() =>
        {
            Assert.That(stored.DeletedAt, Is.Not.Null);
            Assert.That(stored.ProtectedPersonalAccessToken, Is.Null);
            Assert.That(stored.ProtectedOAuthSecret, Is.Null);
        });
    }

    private async Task<(string Domain, string Pat, string Secret, Guid ConnectionId)> ConnectWithSecretsAsync()
    {
        var domain = ConnectRequests.NewTestDomain();
        var pat = $"dapi{Guid.NewGuid():N}";
        var secret = $"dose{Guid.NewGuid():N}";
        var body = ConnectRequests.Body($"admin@{domain}", ConnectRequests.NewWorkspaceId());
        body["user_info"]!["auth"] = new JsonObject { ["personal_access_token"] = pat };
        body["service_principal_id"] = Guid.NewGuid().ToString();
        body["service_principal_oauth_secret"] = secret;

        var (response, json) = await _client.ConnectAsync(body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        return (domain, pat, secret, Guid.Parse(json.Text("connection_id")!));
    }

    /// <summary>The SQLite file and its WAL (recent writes live there until a checkpoint).</summary>
    private byte[] ReadDatabaseFiles()
    {
        using var all = new MemoryStream();
        foreach (var path in new[] { _factory.DatabasePath, _factory.DatabasePath + "-wal" }.Where(File.Exists))
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            file.CopyTo(all);
        }

        return all.ToArray();
    }

    private static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0 || haystack.AsSpan().IndexOf(Encoding.Unicode.GetBytes(needle)) >= 0;
}
