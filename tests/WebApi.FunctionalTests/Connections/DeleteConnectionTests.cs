using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Partner.WebApi.FunctionalTests.Connections;

/// <summary>
/// POST (or DELETE) partners/databricks/connection, and what Connect does afterwards: the stored rows. The answers of P401, P402
/// and P801 are certified by tests/Certification.Tests, which sends the same requests for P401 and P402 (<see cref="DatabricksScenarios"/>).
/// </summary>
public sealed class DeleteConnectionTests
{
    private readonly PartnerApiFactory _factory = PartnerApiFactory.Shared;
    private readonly HttpClient _client = PartnerApiFactory.Shared.CreateDatabricksClient();
    private DatabricksScenarios Scenarios => new(_client);

    [OneTimeTearDown]
    public void DisposeClient() => _client.Dispose();

    [Test]
    public async Task DeleteConnectionThenConnectAgain_SecretsNulledAndOneNewLiveConnection()
    {
        var (_, workspaceId, connectionId, deleted, again) = await Scenarios.ConnectAfterDeleteConnectionAsync(signIn: false);

        Assert.That(deleted.Status, Is.EqualTo(200), deleted.ToString());
        // Certification accepts any resource_status of the contract's list; this app deletes at once.
        Assert.That(deleted.Text("resource_status"), Is.EqualTo("resources_deleted"));
        // The connect afterwards makes a new connection; the deleted one stays as the deletion left it.
        var stored = await _factory.WithDbAsync(db => db.Connections.AsNoTracking().SingleAsync(c => c.Id == Guid.Parse(connectionId)));
        Assert.Multiple(() =>
        {
            Assert.That(stored.DeletedAt, Is.Not.Null);
            Assert.That(stored.ProtectedPersonalAccessToken, Is.Null);
            Assert.That(stored.ProtectedOAuthSecret, Is.Null);
        });

        Assert.That(again.Status, Is.EqualTo(200), again.ToString());
        // Certification's P401 outcome does not name user_status and account_status.
        Assert.Multiple(() =>
        {
            Assert.That(again.Text("user_status"), Is.EqualTo("existing"));
            Assert.That(again.Text("account_status"), Is.EqualTo("active"));
        });
        var live = await _factory.WithDbAsync(db => db.Connections.Where(c => c.WorkspaceId == workspaceId && c.DeletedAt == null)
            .Select(c => c.Id).ToListAsync());
        Assert.That(live, Is.EqualTo(new[] { Guid.Parse(again.Text("connection_id")!) }));
    }

    [Test]
    public async Task SignInWithConnectionDeletedByPartner_ConfiguresNothing()
    {
        var (_, workspaceId, _, _, answer) = await Scenarios.ConnectAfterDeleteConnectionAsync(signIn: true);

        Assert.That(answer.Status, Is.EqualTo(404), answer.ToString());
        var live = await _factory.WithDbAsync(db => db.Connections.CountAsync(c => c.WorkspaceId == workspaceId && c.DeletedAt == null));
        Assert.That(live, Is.Zero, "a refused sign-in configures nothing");
    }

    [TestCase("POST")]
    [TestCase("DELETE")]
    public async Task DeleteConnection_ByPostOfTheOfficialClientOrByDelete_DeletesAndAnswersTheSame(string method)
    {
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var connectionId = await _client.ConnectNewAsync($"admin@{DatabricksRequests.NewTestDomain()}", workspaceId);

        var (response, json) = await _client.DeleteConnectionAsync(connectionId, workspaceId, new HttpMethod(method));
        var (again, againJson) = await _client.DeleteConnectionAsync(connectionId, workspaceId, new HttpMethod(method));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
            Assert.That(json.ToJsonString(), Is.EqualTo("""{"resource_status":"resources_deleted"}"""));
            Assert.That(await DeletedAtAsync(connectionId), Is.Not.Null);
            DatabricksApi.AssertEnvelope(again, againJson, HttpStatusCode.NotFound, "connection_not_found");
        });
    }

    [Test]
    public async Task DeleteConnection_AlreadyDeleted_Returns404ConnectionNotFound()
    {
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var connectionId = await _client.ConnectNewAsync($"admin@{DatabricksRequests.NewTestDomain()}", workspaceId);
        await _client.DeleteConnectionAsync(connectionId, workspaceId);
        var deletedAt = await DeletedAtAsync(connectionId);

        var (response, json) = await _client.DeleteConnectionAsync(connectionId, workspaceId);

        DatabricksApi.AssertEnvelope(response, json, HttpStatusCode.NotFound, "connection_not_found");
        Assert.That(await DeletedAtAsync(connectionId), Is.EqualTo(deletedAt), "the first deletion time is kept");
    }

    [Test]
    public async Task DeleteConnection_NamedWithAnotherWorkspace_Returns404AndKeepsTheConnection()
    {
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var connectionId = await _client.ConnectNewAsync($"admin@{DatabricksRequests.NewTestDomain()}", workspaceId);

        var (response, json) = await _client.DeleteConnectionAsync(connectionId, workspaceId + 1);

        DatabricksApi.AssertEnvelope(response, json, HttpStatusCode.NotFound, "connection_not_found");
        Assert.That(await DeletedAtAsync(connectionId), Is.Null);
    }

    private Task<DateTimeOffset?> DeletedAtAsync(string connectionId) => _factory.WithDbAsync(db =>
        db.Connections.Where(c => c.Id == Guid.Parse(connectionId)).Select(c => c.DeletedAt).SingleAsync());
}
