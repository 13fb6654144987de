using System.Net;
using Microsoft.EntityFrameworkCore;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Connections;

public sealed class ConnectSmokeTests
{
    private PartnerApiFactory _factory = null!;

    [OneTimeSetUp]
    public void StartApp() => _factory = new PartnerApiFactory();

    [OneTimeTearDown]
    public void StopApp() => _factory.Dispose();

    [Test]
    public async Task P100_NewUserNewWorkspace_CreatesTrialAndPersistsConnection()
    {
        var client = _factory.CreateDatabricksClient();
        var email = $"admin@{ConnectRequests.NewTestDomain()}";

        var (response, json) = await client.ConnectAsync(ConnectRequests.Body(email, ConnectRequests.NewWorkspaceId()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(() =>
        {
            Assert.That(json["redirect_value"]!.GetValue<string>(), Is.EqualTo("create_trial"));
            Assert.That(json["configured_resources"]!.GetValue<bool>(), Is.True);
            Assert.That(json["user_status"]!.GetValue<string>(), Is.EqualTo("new"));
            Assert.That(json["account_status"]!.GetValue<string>(), Is.EqualTo("new"));
        });
        var connectionId = Guid.Parse(json["connection_id"]!.GetValue<string>());
        var stored = await _factory.WithDbAsync(db => db.Connections.SingleAsync(c => c.Id == connectionId));
        Assert.That(stored.ProtectedPersonalAccessToken, Is.Not.Null.And.Not.Contains(ConnectRequests.Pat));
    }
}
