using Partner.WebApi.FunctionalTests.Fakes;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Connections.TestConnection;

/// <summary>Without Databricks:AllowInsecureHttp, test-connection does not talk plain http to a workspace.</summary>
public sealed class TestConnectionInsecureHttpTests
{
    private FakeDatabricksWorkspace _workspace = null!;
    private PartnerApiFactory _factory = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _workspace = await FakeDatabricksWorkspace.StartAsync();
        _factory = new PartnerApiFactory();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _factory.DisposeAsync();
        await _workspace.DisposeAsync();
    }

    [Test]
    public async Task HttpWorkspaceWithoutAllowInsecureHttp_FailsWithoutCallingIt()
    {
        var databricks = _factory.CreateDatabricksClient();
        var connection = await databricks.ConnectAsync(_workspace.BaseUrl, FakeDatabricksWorkspace.Token, FakeDatabricksWorkspace.WarehouseId);

        var results = await (await databricks.TestConnectionAsync(connection.ConnectionId, connection.WorkspaceId)).ResultsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(results["Connectivity"].Status, Is.EqualTo("FAILED"));
            Assert.That(results["Connectivity"].Message, Does.Contain("plain http").And.Contain("Databricks:AllowInsecureHttp"));
            Assert.That(results["Authentication"].Status, Is.EqualTo("FAILED"));
            Assert.That(_workspace.Requests, Is.Empty);
        });
    }
}
