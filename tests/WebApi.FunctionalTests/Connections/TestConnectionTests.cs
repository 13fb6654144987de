using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Partner.WebApi.FunctionalTests.Connections;

/// <summary>
/// POST partners/databricks/test-connection: what it leaves stored, and the refusals certification does not make. The
/// answers of P800 and P801 are certified by tests/Certification.Tests.
/// </summary>
public sealed class TestConnectionTests
{
    private readonly PartnerApiFactory _factory = SharedHost.Default;
    private readonly HttpClient _client = SharedHost.Default.CreateDatabricksClient();

    [OneTimeTearDown]
    public void DisposeClient() => _client.Dispose();

    [Test]
    public async Task TestConnectionOnLiveConnection_ChangesNothingAndEchoesNoPat()
    {
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var connectionId = await _client.ConnectNewAsync($"admin@{DatabricksRequests.NewTestDomain()}", workspaceId);

        var (response, json) = await _client.TestConnectionAsync(connectionId, workspaceId);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        Assert.That(json.ToJsonString(), Does.Not.Contain(DatabricksRequests.Pat), "the stored PAT never comes back in test results");

        var live = await _factory.WithDbAsync(db => db.Connections.CountAsync(c => c.Id == Guid.Parse(connectionId) && c.DeletedAt == null));
        Assert.That(live, Is.EqualTo(1), "testing changes nothing");
    }

    [Test]
    public async Task TestConnectionAfterPartnerDeletedIt_IsRefusedAndStaysDeleted()
    {
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var connectionId = await _client.ConnectNewAsync($"admin@{DatabricksRequests.NewTestDomain()}", workspaceId);
        var (deleted, _) = await _client.DeleteConnectionAsync(connectionId, workspaceId);
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var (response, json) = await _client.TestConnectionAsync(connectionId, workspaceId);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), json.ToJsonString());
        var deletedAt = await _factory.WithDbAsync(db => db.Connections.Where(c => c.Id == Guid.Parse(connectionId)).Select(c => c.DeletedAt).SingleAsync());
        Assert.That(deletedAt, Is.Not.Null);
    }

    [TestCase("7f2e4c43-9714-47cf-9011-d8148eaa27a2")]
    [TestCase("not-a-guid")]
    public async Task TestConnection_UnknownConnection_Returns404ConnectionNotFound(string connectionId)
    {
        var (response, json) = await _client.TestConnectionAsync(connectionId, DatabricksRequests.NewWorkspaceId());

        DatabricksApi.AssertEnvelope(response, json, HttpStatusCode.NotFound, "connection_not_found");
    }
}
