using System.Net;
using Partner.WebApi.FunctionalTests.Fakes;

namespace Partner.WebApi.FunctionalTests.SelfTesting;

/// <summary>Without Databricks:AllowInsecureHttp an http:// workspace is refused before any call.</summary>
public sealed class SelfTestPartnerInsecureHttpTests
{
    private FakeDatabricksWorkspace _workspace = null!;
    private PartnerApiFactory _factory = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _workspace = await FakeDatabricksWorkspace.StartAsync();
        _factory = new PartnerApiFactory(new Dictionary<string, string?>
        {
            ["Databricks:Host"] = _workspace.BaseUrl,
            ["Databricks:Token"] = FakeDatabricksWorkspace.Token,
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _factory.DisposeAsync();
        await _workspace.DisposeAsync();
    }

    [Test]
    public async Task Create_HttpWorkspaceWithoutAllowInsecureHttp_Returns400NamingTheSetting()
    {
        var response = await _factory.CreateAdminClient().PostAsync("/admin/self-test-partner", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var json = await response.ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(json["error_reason"]!.GetValue<string>(), Is.EqualTo("bad_request"));
            Assert.That(json["display_message"]!.GetValue<string>(), Does.Contain("plain http").And.Contain("Databricks:AllowInsecureHttp"));
            Assert.That(_workspace.Requests, Is.Empty);
        });
    }

    [Test]
    public async Task Get_WithoutAdminKey_Returns401()
    {
        var response = await _factory.CreateClient().GetAsync("/admin/self-test-partner");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(_workspace.Requests, Is.Empty);
    }
}
