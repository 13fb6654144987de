using System.Net;
using System.Text.Json.Nodes;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Partner.WebApi.FunctionalTests.Connections.TestConnection;
using Partner.WebApi.FunctionalTests.Fakes;

namespace Partner.WebApi.FunctionalTests.Browser;

/// <summary>
/// OAuth U2M end to end in Chromium (JavaScript off): connect, the landing page, Authorize Databricks, the fake Databricks
/// consent, the callback page, back to the account, and a token from the token service that the fake workspace accepts.
/// The app listens on Kestrel at its PartnerConfig base_url, so the redirect_uri Databricks returns to is the real one.
/// Screenshots: artifacts/screenshots/oauth-*-{Sqlite,PostgreSql}.png.
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
[NonParallelizable]
public sealed class OAuthBrowserTests(Provider provider)
{
    private FakeDatabricksWorkspace _workspace = null!;
    private ChromeDriver _browser = null!;
    private PartnerApiFactory _factory = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _workspace = await FakeDatabricksWorkspace.StartAsync();
        var port = TestConnectionRequests.ClosedLoopbackPort();
        _factory = new PartnerApiFactory(new Dictionary<string, string?> { ["Databricks:AllowInsecureHttp"] = "true" }, config =>
        {
            config["base_url"] = $"http://127.0.0.1:{port}";
            config["hostnames"] = new JsonArray("127.0.0.1");
            config["auth_options"] = new JsonArray("AUTH_OAUTH_U2M");
        }, provider: provider);
        _factory.UseKestrel(port);
        _factory.StartServer();
        _browser = Chromium.Start();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _browser?.Quit();
        _browser?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_workspace is not null)
        {
            await _workspace.DisposeAsync();
        }
    }

    [Test]
    public async Task U2M_ConnectAuthorizeConsentCallback_EndsWithATokenTheWorkspaceAccepts()
    {
        using var databricks = _factory.CreateDatabricksClient();
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var body = DatabricksRequests.Connect($"ada@{DatabricksRequests.NewTestDomain()}", workspaceId, auth: DatabricksAuth.OAuthU2M);
        body["workspace_url"] = $"{_workspace.BaseUrl}/?o={workspaceId}";
        var (response, json) = await databricks.ConnectAsync(body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        var connectionId = json["connection_id"]!.GetValue<string>();

        _browser.Navigate().GoToUrl(json["redirect_uri"]!.GetValue<string>());
        _browser.AssertAccessible($"oauth-landing-not-authorized-{provider}");
        Assert.That(_browser.FindElement(By.TagName("main")).Text, Does.Contain("Not authorized yet"));

        Chromium.Navigate(_browser.FindElement(By.LinkText("Authorize Databricks")));
        Assert.That(_browser.Url, Does.StartWith($"{_workspace.BaseUrl}/oidc/v1/authorize?"), "the browser is at Databricks");
        _browser.Screenshot($"oauth-fake-consent-{provider}");

        Chromium.Navigate(_browser.FindElement(By.XPath("//button[normalize-space()='Allow']")));
        _browser.AssertAccessible($"oauth-callback-authorized-{provider}");
        Assert.Multiple(() =>
        {
            Assert.That(_browser.Url, Does.StartWith($"{_factory.BaseUrl}/oauth/callback?"));
            Assert.That(_browser.FindElement(By.TagName("h1")).Text, Is.EqualTo("Databricks authorized"));
            Assert.That(_browser.FindElement(By.CssSelector("[role=status]")).Text, Does.Contain("can now use this connection"));
        });

        Chromium.Navigate(_browser.FindElement(By.LinkText("Back to your account")));
        Assert.That(_browser.FindElement(By.TagName("main")).Text, Does.Contain("Authorized").And.Not.Contain("Not authorized yet"));

        using var admin = _factory.CreateAdminClient();
        var (tokenResponse, token) = await admin.SendJsonAsync(HttpMethod.Post, $"/admin/connections/{connectionId}/access-token", null);
        Assert.Multiple(() =>
        {
            Assert.That(tokenResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK), token.ToJsonString());
            Assert.That(token["auth_type"]?.GetValue<string>(), Is.EqualTo("oauth_u2m"));
            Assert.That(_workspace.Accepts(token["access_token"]!.GetValue<string>()), Is.True, "the fake workspace accepts the token");
        });
    }

    [Test]
    public async Task U2M_UserDenies_TheCallbackPageSaysSo_AndOffersTheWayBack()
    {
        using var databricks = _factory.CreateDatabricksClient();
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var body = DatabricksRequests.Connect($"grace@{DatabricksRequests.NewTestDomain()}", workspaceId, auth: DatabricksAuth.OAuthU2M);
        body["workspace_url"] = $"{_workspace.BaseUrl}/?o={workspaceId}";
        var (_, json) = await databricks.ConnectAsync(body);

        _browser.Navigate().GoToUrl(json["redirect_uri"]!.GetValue<string>());
        Chromium.Navigate(_browser.FindElement(By.LinkText("Authorize Databricks")));
        Chromium.Navigate(_browser.FindElement(By.XPath("//button[normalize-space()='Deny']")));

        _browser.AssertAccessible($"oauth-callback-denied-{provider}");
        Assert.Multiple(() =>
        {
            Assert.That(_browser.FindElement(By.TagName("h1")).Text, Is.EqualTo("Authorization not completed"));
            Assert.That(_browser.FindElement(By.CssSelector("[role=status]")).Text, Does.Contain("You did not allow"));
        });
        Chromium.Navigate(_browser.FindElement(By.LinkText("Back to your account")));
        Assert.That(_browser.FindElement(By.TagName("main")).Text, Does.Contain("Not authorized yet"));
    }
}
