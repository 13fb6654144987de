using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Partner.WebApi.FunctionalTests.Greenhouse;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

namespace Partner.WebApi.FunctionalTests.Browser;

/// <summary>
/// A candidate takes a test the service runs, start to finish, in Chromium with JavaScript off, and the recruiter opens
/// the results page Greenhouse links to. Screenshots: artifacts/screenshots/assessment-*.png.
/// </summary>
[NonParallelizable]
public sealed class CandidateBrowserTests
{
    private ChromeDriver _browser = null!;

    [OneTimeSetUp]
    public void Start() => _browser = Chromium.Start();

    [OneTimeTearDown]
    public void Stop()
    {
        _browser?.Quit();
        _browser?.Dispose();
    }

    [Test]
    public async Task Candidate_TakesTheTest_RecruiterSeesTheResult()
    {
        await using var factory = new PartnerApiFactory(GreenhouseApp.Settings());
        factory.UseKestrel(0);
        factory.StartServer();
        var origin = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        var tenant = await factory.CreateTenantAsync();
        using (var admin = factory.CreateAdminClient())
        {
            await admin.CreateTestAsync(tenant.Id, GreenhouseApi.CreateQuiz("quiz"));
        }

        using var greenhouse = factory.CreateGreenhouseClient(tenant.ApiKey);
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("quiz"));
        var token = await factory.CandidateTokenAsync(interviewId);

        _browser.Navigate().GoToUrl($"{origin}/assessments/{token}");
        _browser.AssertAccessible("assessment-candidate-page");
        Assert.That(_browser.FindElement(By.TagName("main")).Text, Does.Contain("10 minutes"));
        Chromium.Navigate(_browser.FindElement(By.XPath("//button[normalize-space()='Start the test']")));

        Assert.That(_browser.FindElement(By.TagName("h1")).Text, Is.EqualTo("SQL basics"));
        Assert.That(_browser.FindElements(By.TagName("fieldset")), Has.Count.EqualTo(3));
        // Choices are picked by their label, as a person would: two right, one wrong.
        Choose("Which clause filters rows?", "WHERE");
        Choose("Which keyword removes duplicates?", "UNIQUE");
        Choose("Which join keeps every left row?", "LEFT");
        _browser.AssertAccessible("assessment-questions");
        Chromium.Navigate(_browser.FindElement(By.XPath("//button[normalize-space()='Submit my answers']")));

        Assert.That(_browser.FindElement(By.TagName("main")).Text, Does.Contain("have been submitted"));
        _browser.AssertAccessible("assessment-thank-you");

        var status = await greenhouse.TestStatusAsync(interviewId);
        Assert.That(status["partner_status"]!.GetValue<string>(), Is.EqualTo("complete"));
        _browser.Navigate().GoToUrl(origin + new Uri(status["partner_profile_url"]!.GetValue<string>()).PathAndQuery);
        _browser.AssertAccessible("assessment-results");
        var page = _browser.FindElement(By.TagName("main")).Text;
        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("66.67%").And.Contain("2 of 3 correct").And.Contain("Passed (pass mark 60%)"));
            Assert.That(_browser.FindElements(By.CssSelector("tbody tr")).Select(r => r.Text), Has.Some.Contains("UNIQUE DISTINCT WRONG"));
        });
    }

    private void Choose(string prompt, string choice)
    {
        var fieldset = _browser.FindElement(By.XPath($"//fieldset[legend[contains(., '{prompt}')]]"));
        fieldset.FindElement(By.XPath($".//label[normalize-space()='{choice}']")).Click();
        var input = _browser.FindElement(By.Id(fieldset.FindElement(By.XPath($".//label[normalize-space()='{choice}']")).GetAttribute("for")!));
        Assert.That(input.Selected, Is.True, $"{choice} is picked by clicking its label");
    }
}
