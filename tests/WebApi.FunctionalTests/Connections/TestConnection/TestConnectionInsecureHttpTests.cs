using Partner.WebApi.FunctionalTests.Fakes;

namespace Partner.WebApi.FunctionalTests.Connections.TestConnection;

/// <summary>Without Outbound:AllowHttp (or Databricks:AllowInsecureHttp), test-connection does not talk plain http to a workspace.</summary>
public sealed class TestConnectionInsecureHttpTests
{
    private FakeDatabricksWorkspace _workspace = null!;
    private PartnerApiFactory _factory = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _workspace = await FakeDatabricksWorkspace.StartAsync();
        _factory = new PartnerApiFactory(new Dictionary<string, string?> { ["Outbound:AllowHttp"] = null });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _factory.DisposeAsync();
        await _workspace.DisposeAsync();
    }

    [Test]
    public async Task HttpWorkspaceWithoutAllowHttp_OneFailedCheck_WithoutCallingIt()
    {
        var databricks = _factory.CreateDatabricksClient();
        var connection = await databricks.ConnectAsync(_workspace.BaseUrl, FakeDatabricksWorkspace.Token, FakeDatabricksWorkspace.WarehouseId);

        var results = (await databricks.TestConnectionAsync(connection.ConnectionId, connection.WorkspaceId)).Results();

        Assert.Multiple(() =>
        {
            Assert.That(results.Keys, Is.EqualTo(new[] { "Connectivity" }));
            Assert.That(results["Connectivity"].Status, Is.EqualTo("FAILED"));
            Assert.That(results["Connectivity"].Message, Does.Contain("plain http is refused").And.Contain("Outbound:AllowHttp"));
            Assert.That(_workspace.Requests, Is.Empty);
        });
    }
}
