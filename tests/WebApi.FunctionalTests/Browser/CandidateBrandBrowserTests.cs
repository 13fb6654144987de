using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Partner.WebApi.FunctionalTests.Greenhouse;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Browser;

/// <summary>
/// Candidate pages in the organization's brand, in Chromium with JavaScript off: its name, uploaded logo and accent
/// colour, readable (WCAG 4.5:1) whatever the accent, the deadline with its time zone and relative time, the expired
/// page, and a results page that prints on its own. Screenshots: artifacts/screenshots/brand-*.png.
/// </summary>
[NonParallelizable]
public sealed class CandidateBrandBrowserTests
{
    private readonly ShiftedTime _time = new();
    private ChromeDriver _browser = null!;
    private PartnerApiFactory _factory = null!;
    private string _origin = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _browser = Chromium.Start();
        _factory = new PartnerApiFactory(GreenhouseApp.Settings(new Dictionary<string, string?> { ["Greenhouse:ProductName"] = "Skillcheck" }),
            testServices: services => services.AddSingleton<TimeProvider>(_time));
        _factory.UseKestrel(0);
        _factory.StartServer();
        _origin = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _browser?.Quit();
        _browser?.Dispose();
        _factory?.Dispose();
    }

    [SetUp]
    public void ResetClock() => _time.Offset = TimeSpan.Zero;

    [TestCase("#fde047", "rgba(17, 24, 39, 1)", TestName = "CandidatePage_LightAccent_DarkButtonText_EverythingReadable")]
    [TestCase("#0f172a", "rgba(255, 255, 255, 1)", TestName = "CandidatePage_DarkAccent_WhiteButtonText_EverythingReadable")]
    public async Task CandidatePage_InTheOrganizationsBrand_Readable(string accent, string buttonText)
    {
        var (tenant, token) = await SendAsync(accent, "Europe/Berlin");

        _browser.Navigate().GoToUrl($"{_origin}/assessments/{token}");

        _browser.AssertAccessible($"brand-candidate-{accent.TrimStart('#')}");
        var button = _browser.FindElement(By.XPath("//button[normalize-space()='Start the test']"));
        var logo = _browser.FindElement(By.CssSelector("header.brand img"));
        var page = _browser.FindElement(By.TagName("body")).Text;
        Assert.Multiple(() =>
        {
            Assert.That(_browser.FindElement(By.CssSelector("header.brand .name")).Text, Is.EqualTo("Acme Recruiting"));
            Assert.That(button.GetCssValue("background-color"), Is.EqualTo(Rgb(accent)));
            Assert.That(button.GetCssValue("color"), Is.EqualTo(buttonText));
            Assert.That(Chromium.Contrast(button), Is.GreaterThanOrEqualTo(4.5), "the button's text on the accent");
            Assert.That(Convert.ToInt64(_browser.ExecuteScript("return arguments[0].naturalWidth;", logo), System.Globalization.CultureInfo.InvariantCulture),
                Is.GreaterThan(0), "the uploaded logo loaded under the page's CSP");
            Assert.That(page, Does.Contain("Hello Katie,").And.Contain("Europe/Berlin (UTC+").And.Contain("(in 14 days)")
                .And.Contain("Skillcheck").And.Not.Contain("Databricks"));
            Assert.That(_browser.Title, Does.EndWith("· Acme Recruiting"));
        });
        _ = tenant;
    }

    [Test]
    public async Task ExpiredInvitation_ClearPage_NoStartButton_Readable()
    {
        var (_, token) = await SendAsync("#0f766e", "America/New_York");
        _time.Offset = TimeSpan.FromDays(15);

        _browser.Navigate().GoToUrl($"{_origin}/assessments/{token}");

        _browser.AssertAccessible("brand-expired");
        Assert.Multiple(() =>
        {
            Assert.That(_browser.FindElement(By.TagName("h1")).Text, Is.EqualTo("Invitation expired"));
            Assert.That(_browser.FindElement(By.CssSelector("[role=status]")).Text, Does.Contain("This invitation has expired").And.Contain("America/New_York")
                .And.Contain("(1 day ago)"));
            Assert.That(_browser.FindElements(By.TagName("button")), Is.Empty);
        });
    }

    [Test]
    public async Task ResultsPage_PrintsOnItsOwn_NoFooterOrForms_EveryQuestion()
    {
        var (tenant, token) = await SendAsync("#0f766e", "UTC", "quiz");
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_origin) };
        (await browser.PostAsync($"/assessments/{token}/start", null)).Dispose();
        (await browser.PostAsync($"/assessments/{token}/questions", new FormUrlEncodedContent(new Dictionary<string, string> { ["q0"] = "1", ["q2"] = "2" }))).Dispose();
        using var greenhouse = _factory.CreateGreenhouseClient(tenant.ApiKey);
        var interviewId = await _factory.WithDbAsync(db => Task.FromResult(db.TestInstances.Where(i => i.OrganizationId == tenant.Id).Select(i => i.PartnerInterviewId).Single()));
        var status = await greenhouse.TestStatusAsync(interviewId);
        _browser.Navigate().GoToUrl(_origin + new Uri(status["partner_profile_url"]!.GetValue<string>()).PathAndQuery);
        _browser.AssertAccessible("brand-results");

        _browser.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = "print" });
        try
        {
            var pdf = (Dictionary<string, object?>)_browser.ExecuteCdpCommand("Page.printToPDF", new Dictionary<string, object?> { ["printBackground"] = true })!;
            _browser.Screenshot("brand-results-print");
            Assert.Multiple(() =>
            {
                Assert.That(_browser.FindElement(By.TagName("footer")).Displayed, Is.False, "no footer in print");
                Assert.That(_browser.FindElement(By.CssSelector(".screen-only")).Displayed, Is.False);
                Assert.That(_browser.FindElements(By.XPath("//table[thead]/tbody/tr")).Where(r => r.Displayed).ToList(), Has.Count.EqualTo(3), "every question");
                Assert.That(_browser.FindElement(By.CssSelector("header.brand .name")).Displayed, Is.True, "the organization's name heads the print");
                Assert.That(Convert.FromBase64String((string)pdf["data"]!).Take(4), Is.EqualTo("%PDF"u8.ToArray()));
            });
        }
        finally
        {
            _browser.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = string.Empty });
        }
    }

    private async Task<(Tenant Tenant, string Token)> SendAsync(string accent, string timeZone, string test = "12345")
    {
        var tenant = await _factory.CreateTenantAsync(("12345", "SQL basics"));
        using var admin = _factory.CreateAdminClient();
        if (test == "quiz")
        {
            await admin.CreateTestAsync(tenant.Id, GreenhouseApi.CreateQuiz("quiz"));
        }

        using var brand = await admin.PutAsJsonAsync($"/admin/organizations/{tenant.Id}/brand", new JsonObject
        {
            ["display_name"] = "Acme Recruiting", ["accent_color"] = accent, ["time_zone"] = timeZone,
        });
        Assert.That(brand.StatusCode, Is.EqualTo(HttpStatusCode.OK), await brand.Content.ReadAsStringAsync());
        using var logo = new ByteArrayContent(Convert.FromBase64String(OrganizationBrandTests.OnePixelPng));
        logo.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        Assert.That((await admin.PutAsync($"/admin/organizations/{tenant.Id}/logo", logo)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var greenhouse = _factory.CreateGreenhouseClient(tenant.ApiKey);
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTestWithTodaysFields(test, $"kate-{Guid.NewGuid():N}@example.com"));
        return (tenant, await _factory.CandidateTokenAsync(interviewId));
    }

    private static string Rgb(string hex) =>
        $"rgba({Convert.ToInt32(hex[1..3], 16)}, {Convert.ToInt32(hex[3..5], 16)}, {Convert.ToInt32(hex[5..7], 16)}, 1)";
}
