using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Partner.WebApi.FunctionalTests.Fakes;
using Partner.WebApi.FunctionalTests.Landing;

namespace Partner.WebApi.FunctionalTests.Browser;

/// <summary>
/// The landing pages in a real browser (Chromium, JavaScript off), on the app served by Kestrel: each page, the sign-up
/// form, the Test connection button, manual sign-up followed by a sign-in; headings, labels and text contrast checked.
/// Screenshots: artifacts/screenshots/landing-*.png.
/// </summary>
[NonParallelizable]
public sealed class LandingBrowserTests
{
    private FakeDatabricksWorkspace _workspace = null!;
    private ChromeDriver _browser = null!;
    private readonly List<PartnerApiFactory> _factories = [];

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _browser = Chromium.Start();
        _workspace = await FakeDatabricksWorkspace.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _browser?.Quit();
        _browser?.Dispose();
        foreach (var factory in _factories)
        {
            await factory.DisposeAsync();
        }

        if (_workspace is not null)
        {
            await _workspace.DisposeAsync();
        }
    }

    [Test]
    public async Task NewCustomer_SignsUpOnCreateTrial_SeesTheConnection_AndTestsIt()
    {
        var (factory, origin) = Serve();
        using var databricks = factory.CreateDatabricksClient();
        var visit = await LandingProductPagesTests.ConnectAsync(factory, databricks, _workspace.BaseUrl);

        Open(origin, visit.RedirectUri);
        _browser.AssertAccessible("landing-create-trial");
        Assert.Multiple(() =>
        {
            Assert.That(Heading(), Is.EqualTo("Start your trial"));
            Assert.That(_browser.FindElement(By.CssSelector("header.brand img")).GetDomProperty("naturalWidth"), Is.EqualTo("240"), "the logo (240 px wide) loaded");
            Assert.That(Table(), Does.Contain(new Uri(_workspace.BaseUrl).Host).And.Contain(FakeDatabricksWorkspace.WarehouseId));
        });

        Field("Last name").Clear();
        Field("Last name").SendKeys("Lovelace");
        Field("First name").Clear();
        Field("First name").SendKeys("Ada");
        _browser.FindElement(By.CssSelector("label[for=accept_terms]")).Click();
        Chromium.Navigate(_browser.FindElement(By.CssSelector("form.stacked button[type=submit]")));

        Assert.That(Heading(), Is.EqualTo("You're all set"));
        Assert.That(_browser.FindElement(By.CssSelector("[role=status]")).Text, Does.Contain("Thank you, Ada"));
        _browser.AssertAccessible("landing-trial-started");

        Chromium.Navigate(_browser.FindElement(By.XPath("//button[normalize-space()='Test connection']")));

        Assert.That(Heading(), Is.EqualTo("Connection test"));
        _browser.AssertAccessible("landing-test-connection");
        var rows = _browser.FindElements(By.CssSelector("tbody tr")).Select(r => r.Text).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Count.EqualTo(3));
            Assert.That(rows, Has.Some.StartsWith("Connectivity SUCCESS"));
            Assert.That(rows, Has.Some.StartsWith("Authentication SUCCESS"));
            Assert.That(rows, Has.Some.StartsWith("Compute SUCCESS").And.Contain("RUNNING"));
            Assert.That(_browser.FindElement(By.CssSelector("[role=status]")).Text, Does.Contain("Every check succeeded"));
        });

        Chromium.Navigate(_browser.FindElement(By.LinkText("Back to your account")));
        Assert.That(Heading(), Is.EqualTo("Start your trial"), "the token still opens the page");
    }

    [Test]
    public async Task RequireManualSignup_TheFormCompletesSignUp_AndTheNextConnectSignsIn()
    {
        var (factory, origin) = Serve(c => c["require_manual_signup"] = true);
        using var databricks = factory.CreateDatabricksClient();
        var visit = await LandingProductPagesTests.ConnectAsync(factory, databricks, _workspace.BaseUrl);
        var body = DatabricksRequests.Connect(visit.Email, visit.WorkspaceId, visit.ConnectionId);
        body["workspace_url"] = $"{_workspace.BaseUrl}/?o={visit.WorkspaceId}";
        var (before, _) = await databricks.ConnectAsync(body);
        Assert.That((int)before.StatusCode, Is.EqualTo(404), "sign-in before the manual sign-up");

        Open(origin, visit.RedirectUri);
        _browser.AssertAccessible("landing-manual-signup");
        _browser.FindElement(By.CssSelector("label[for=accept_terms]")).Click();
        var submit = _browser.FindElement(By.CssSelector("form.stacked button[type=submit]"));
        Assert.That(submit.Text, Is.EqualTo("Complete sign-up"));
        Chromium.Navigate(submit);
        Assert.That(Heading(), Is.EqualTo("You're all set"));

        var (after, json) = await databricks.ConnectAsync(body);
        Assert.That((int)after.StatusCode, Is.EqualTo(200), json.ToJsonString());
        Assert.That(json.Text("redirect_value"), Is.EqualTo("sign_in"));

        Open(origin, new Uri(json.Text("redirect_uri")!));
        _browser.AssertAccessible("landing-sign-in");
        Assert.Multiple(() =>
        {
            Assert.That(Heading(), Is.EqualTo("Welcome back"));
            Assert.That(_browser.FindElement(By.TagName("main")).Text, Does.Contain("Welcome back, Grace"));
            Assert.That(Table(), Does.Contain(FakeDatabricksWorkspace.WarehouseId));
        });
    }

    [Test]
    public async Task RequiredSignUpFields_AreEnforcedByTheBrowser_WithoutScript()
    {
        var (factory, origin) = Serve();
        using var databricks = factory.CreateDatabricksClient();
        var visit = await LandingProductPagesTests.ConnectAsync(factory, databricks, _workspace.BaseUrl);

        Open(origin, visit.RedirectUri);
        _browser.FindElement(By.CssSelector("form.stacked button[type=submit]")).Click();

        Assert.That(Heading(), Is.EqualTo("Start your trial"), "the unchecked terms box kept the form from being sent");
    }

    [Test]
    public async Task PurchaseProduct_AndContactAdmin_ShowTheNextStep()
    {
        var (factory, origin) = Serve(c => c["new_user_action"] = "invite", new Dictionary<string, string?>
        {
            ["Landing:PurchaseUrl"] = "https://partner.example.com/pricing",
            ["Landing:ContactEmail"] = "sales@partner.example.com",
        });
        using var databricks = factory.CreateDatabricksClient();
        var visit = await LandingProductPagesTests.ConnectAsync(factory, databricks, _workspace.BaseUrl);

        var colleague = DatabricksRequests.Connect($"colleague@{visit.Domain}", visit.WorkspaceId, visit.ConnectionId);
        var (_, contact) = await databricks.ConnectAsync(colleague);
        Open(origin, new Uri(contact.Text("redirect_uri")!));
        _browser.AssertAccessible("landing-contact-admin");
        Assert.Multiple(() =>
        {
            Assert.That(Heading(), Is.EqualTo("Ask your administrator for access"));
            Assert.That(_browser.FindElement(By.LinkText("sales@partner.example.com")).GetAttribute("href"), Is.EqualTo("mailto:sales@partner.example.com"));
        });

        await databricks.ExpireUserAccountAsync(visit.Email, visit.WorkspaceId);
        var again = DatabricksRequests.Connect(visit.Email, visit.WorkspaceId, visit.ConnectionId);
        var (_, purchase) = await databricks.ConnectAsync(again);
        Open(origin, new Uri(purchase.Text("redirect_uri")!));
        _browser.AssertAccessible("landing-purchase-product");
        Assert.Multiple(() =>
        {
            Assert.That(Heading(), Is.EqualTo("Your trial has ended"));
            Assert.That(_browser.FindElement(By.LinkText("Buy Partner")).GetAttribute("href"), Is.EqualTo("https://partner.example.com/pricing"));
        });
    }

    private (PartnerApiFactory Factory, string Origin) Serve(Action<JsonObject>? partnerConfig = null, Dictionary<string, string?>? settings = null)
    {
        var factory = new PartnerApiFactory(settings, partnerConfig);
        _factories.Add(factory);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (factory, address.TrimEnd('/'));
    }

    /// <summary>Opens a redirect_uri on the test server (the PartnerConfig base_url names the production host).</summary>
    private void Open(string origin, Uri redirectUri) => _browser.Navigate().GoToUrl(origin + redirectUri.PathAndQuery);

    private string Heading() => _browser.FindElement(By.TagName("h1")).Text;

    private string Table() => _browser.FindElement(By.TagName("table")).Text + "\n" + string.Join("\n", _browser.FindElements(By.TagName("table")).Select(t => t.Text));

    /// <summary>The text input whose label reads <paramref name="label"/>.</summary>
    private IWebElement Field(string label)
    {
        var id = _browser.FindElement(By.XPath($"//label[normalize-space()='{label}']")).GetAttribute("for");
        return _browser.FindElement(By.Id(id!));
    }
}
