using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Partner.WebApi.FunctionalTests.Connections;

/// <summary>
/// POST partners/databricks/test-connection: what it leaves stored, and the refusals certification does not make. The
/// answers of P800 and P801 are certified by tests/Certification.Tests, which sends the same requests (<see cref="DatabricksScenarios"/>).
/// </summary>
public sealed class TestConnectionTests
{
    private readonly PartnerApiFactory _factory = PartnerApiFactory.Shared;
    private readonly HttpClient _client = PartnerApiFactory.Shared.CreateDatabricksClient();
    private DatabricksScenarios Scenarios => new(_client);

    [OneTimeTearDown]
    public void DisposeClient() => _client.Dispose();

    [Test]
    public async Task TestConnectionOnLiveConnection_ChangesNothingAndEchoesNoPat()
    {
        var (_, connectionId, answer) = await Scenarios.TestLiveConnectionAsync();

        Assert.That(answer.Status, Is.EqualTo(200), answer.ToString());
        Assert.That(answer.Raw, Does.Not.Contain(DatabricksRequests.Pat), "the stored PAT never comes back in test results");

        var live = await _factory.WithDbAsync(db => db.Connections.CountAsync(c => c.Id == Guid.Parse(connectionId) && c.DeletedAt == null));
        Assert.That(live, Is.EqualTo(1), "testing changes nothing");
    }

    [Test]
    public async Task TestConnectionAfterPartnerDeletedIt_IsRefusedAndStaysDeleted()
    {
        var (_, _, connectionId, deleted, answer) = await Scenarios.TestConnectionAfterDeleteConnectionAsync();

        Assert.That(deleted.Status, Is.EqualTo(200), deleted.ToString());
        Assert.That(answer.Status, Is.EqualTo(404), answer.ToString());
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
