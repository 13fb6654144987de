using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Partner.WebApi.FunctionalTests.Admin;

/// <summary>The operators' read-only views: GET /admin/accounts and GET /admin/connections (Bearer key).</summary>
public sealed class AdminAccountsTests
{
    private readonly PartnerApiFactory _factory = PartnerApiFactory.Shared;
    private readonly HttpClient _databricks = PartnerApiFactory.Shared.CreateDatabricksClient();
    private readonly HttpClient _admin = PartnerApiFactory.Shared.CreateAdminClient();

    [OneTimeTearDown]
    public void DisposeClients()
    {
        _databricks.Dispose();
        _admin.Dispose();
    }

    [Test]
    public async Task ListAccounts_ByDomain_ReturnsTheAccountWithUserAndLiveConnectionCounts()
    {
        var (domain, workspaceId, _, deleted) = await TwoUsersOneDeletedConnectionAsync();

        using var response = await _admin.GetAsync($"/admin/accounts?domain={domain.ToUpperInvariant()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var json = await response.ReadJsonAsync();
        var items = json["items"]!.AsArray();
        Assert.That(items, Has.Count.EqualTo(1), json.ToJsonString());
        var account = items[0]!.AsObject();
        var stored = await _factory.WithDbAsync(db => db.Accounts.AsNoTracking().SingleAsync(a => a.Domain == domain));
        Assert.Multiple(() =>
        {
            Assert.That(json["total_count"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(account.Text("domain"), Is.EqualTo(domain));
            Assert.That(Guid.Parse(account.Text("id")!), Is.EqualTo(stored.Id));
            Assert.That(account.Text("trial_state"), Is.EqualTo("active"));
            Assert.That(account["user_count"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(account["live_connection_count"]!.GetValue<int>(), Is.EqualTo(1), $"{deleted} was deleted");
        });
        Assert.That(workspaceId, Is.Positive);
    }

    [Test]
    public async Task ListAccounts_UnknownDomain_ReturnsNoItems()
    {
        using var response = await _admin.GetAsync($"/admin/accounts?domain={DatabricksRequests.NewTestDomain()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var json = await response.ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(json["items"]!.AsArray(), Is.Empty);
            Assert.That(json["total_count"]!.GetValue<int>(), Is.Zero);
        });
    }

    [Test]
    public async Task ListConnections_ByWorkspace_ReturnsLiveConnectionsWithoutSecrets()
    {
        var (_, workspaceId, live, _) = await TwoUsersOneDeletedConnectionAsync();
        var ciphertext = await _factory.WithDbAsync(db => db.Connections.Where(c => c.Id == Guid.Parse(live))
            .Select(c => c.ProtectedPersonalAccessToken).SingleAsync());

        using var response = await _admin.GetAsync($"/admin/connections?workspace_id={workspaceId}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var text = await response.Content.ReadAsStringAsync();
        var items = JsonNode.Parse(text)!["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.That(items.Select(i => i.Text("id")), Is.EqualTo(new[] { live }), text);
        var connection = items[0];
        Assert.Multiple(() =>
        {
            Assert.That(connection["workspace_id"]!.GetValue<long>(), Is.EqualTo(workspaceId));
            Assert.That(connection["has_personal_access_token"]!.GetValue<bool>(), Is.True);
            Assert.That(connection["has_oauth_secret"]!.GetValue<bool>(), Is.False);
            Assert.That(connection.Select(p => p.Key).Where(k => !k.StartsWith("has_", StringComparison.Ordinal)),
                Has.None.Contains("token").And.None.Contains("secret").And.None.Contains("protected"));
            Assert.That(text, Does.Not.Contain(DatabricksRequests.Pat));
            Assert.That(text, Does.Not.Contain(ciphertext!));
        });
    }

    [Test]
    public async Task ListConnections_IncludeDeleted_AlsoReturnsTheDeletedConnectionWithoutItsSecret()
    {
        var (_, workspaceId, live, deleted) = await TwoUsersOneDeletedConnectionAsync();

        using var response = await _admin.GetAsync($"/admin/connections?workspace_id={workspaceId}&include_deleted=true");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var items = (await response.ReadJsonAsync())["items"]!.AsArray().Select(i => i!.AsObject()).ToDictionary(i => i.Text("id")!);
        Assert.That(items.Keys, Is.EquivalentTo(new[] { live, deleted }));
        Assert.Multiple(() =>
        {
            Assert.That(items[deleted]["deleted_at"], Is.Not.Null);
            Assert.That(items[deleted]["has_personal_access_token"]!.GetValue<bool>(), Is.False);
            Assert.That(items[live]["deleted_at"], Is.Null);
        });
    }

    [TestCase("/admin/accounts?page_size=0")]
    [TestCase("/admin/accounts?page=0")]
    [TestCase("/admin/connections?page_size=501")]
    [TestCase("/admin/connections?workspace_id=abc")]
    [TestCase("/admin/accounts?page=1431655766&page_size=3")]
    [TestCase("/admin/connections?page=2147483647&page_size=500")]
    [TestCase("/admin/outbox?page=4294967297")]
    [TestCase("/admin/response-errors?page=5000000&page_size=500")]
    public async Task AdminList_InvalidQuery_Returns400Envelope(string path)
    {
        using var response = await _admin.GetAsync(path);

        var json = await response.ReadJsonAsync();
        DatabricksApi.AssertEnvelope(response, json, HttpStatusCode.BadRequest, "bad_request");
    }

    /// <summary>Two users of a new domain each connect the same workspace; the second connection is then deleted.</summary>
    private async Task<(string Domain, long WorkspaceId, string Live, string Deleted)> TwoUsersOneDeletedConnectionAsync()
    {
        var domain = DatabricksRequests.NewTestDomain();
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var live = await _databricks.ConnectNewAsync($"admin@{domain}", workspaceId);
        var deleted = await _databricks.ConnectNewAsync($"colleague@{domain}", workspaceId);
        var (response, json) = await _databricks.DeleteConnectionAsync(deleted, workspaceId);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        return (domain, workspaceId, live, deleted);
    }
}
