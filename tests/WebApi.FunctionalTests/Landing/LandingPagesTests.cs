using System.Net;
using System.Text.RegularExpressions;
using System.Web;
using Microsoft.EntityFrameworkCore;

namespace Partner.WebApi.FunctionalTests.Landing;

/// <summary>The HTML pages a redirect_uri opens: valid tokens only, errors as HTML, strict security headers.</summary>
public sealed class LandingPagesTests
{
    private readonly PartnerApiFactory _factory = PartnerApiFactory.Shared;
    private readonly HttpClient _databricks = PartnerApiFactory.Shared.CreateDatabricksClient();
    private readonly HttpClient _browser = PartnerApiFactory.Shared.CreateClient();

    [OneTimeTearDown]
    public void DisposeClients()
    {
        _databricks.Dispose();
        _browser.Dispose();
    }

    [Test]
    public async Task RedirectUriPage_ValidToken_Returns200HtmlWithSecurityHeaders()
    {
        var email = $"admin@{DatabricksRequests.NewTestDomain()}";
        var redirectUri = await ConnectAsync(email);

        using var response = await _browser.GetAsync(redirectUri);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(html, Does.Not.Contain(email), "the page never shows the e-mail address");
        });
        AssertSecurityHeaders(response);
    }

    private static IEnumerable<TestCaseData> InvalidTokens()
    {
        foreach (var page in new[] { "/create-trial", "/sign-in", "/contact-your-admin", "/purchase-product" })
        {
            yield return new TestCaseData(page + "?token=garbage").SetArgDisplayNames(page, "garbage token");
            yield return new TestCaseData(page).SetArgDisplayNames(page, "no token");
            yield return new TestCaseData(page + "?token=").SetArgDisplayNames(page, "empty token");
        }
    }

    [TestCaseSource(nameof(InvalidTokens))]
    public async Task LandingPage_InvalidToken_Returns400HtmlWithSecurityHeaders(string pathAndQuery)
    {
        using var response = await _browser.GetAsync(pathAndQuery);

        await AssertHtmlErrorAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task LandingPage_TamperedToken_Returns400Html()
    {
        var redirectUri = await ConnectAsync($"admin@{DatabricksRequests.NewTestDomain()}");
        var token = HttpUtility.ParseQueryString(redirectUri.Query)["token"]!;
        var tampered = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];

        using var response = await _browser.GetAsync($"{redirectUri.AbsolutePath}?token={Uri.EscapeDataString(tampered)}");

        await AssertHtmlErrorAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task LandingPage_TokenIssuedForAnotherPage_Returns400Html()
    {
        var redirectUri = await ConnectAsync($"admin@{DatabricksRequests.NewTestDomain()}");
        Assert.That(redirectUri.AbsolutePath, Is.EqualTo("/create-trial"));

        using var response = await _browser.GetAsync("/sign-in" + redirectUri.Query);

        await AssertHtmlErrorAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task StartTrialForm_TamperedToken_Returns400HtmlAndSignsNobodyUp()
    {
        var domain = DatabricksRequests.NewTestDomain();
        var redirectUri = await ConnectAsync($"admin@{domain}");
        var token = HttpUtility.ParseQueryString(redirectUri.Query)["token"]!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token[..^4] + "AAAA", ["first_name"] = "Ada", ["last_name"] = "Lovelace", ["accept_terms"] = "true" });

        using var response = await _browser.PostAsync("/create-trial", form);

        await AssertHtmlErrorAsync(response, HttpStatusCode.BadRequest);
        var signedUp = await _factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == $"admin@{domain}" && u.SignedUpAt != null));
        Assert.That(signedUp, Is.Zero);
    }

    [Test]
    public async Task StartTrialForm_TermsNotAccepted_Returns400HtmlWithAWayBackToTheForm()
    {
        var domain = DatabricksRequests.NewTestDomain();
        var redirectUri = await ConnectAsync($"admin@{domain}");
        var token = HttpUtility.ParseQueryString(redirectUri.Query)["token"]!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token, ["first_name"] = "Ada", ["last_name"] = "Lovelace" });

        using var response = await _browser.PostAsync("/create-trial", form);

        await AssertHtmlErrorAsync(response, HttpStatusCode.BadRequest);
        var back = Regex.Match(await response.Content.ReadAsStringAsync(), "<a href=\"([^\"]+)\">Back to the sign-up form</a>");
        var href = WebUtility.HtmlDecode(back.Groups[1].Value);
        Assert.That(href, Is.EqualTo($"/create-trial?token={Uri.EscapeDataString(token)}"));
        using var again = await _browser.GetAsync(href);
        var page = await again.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page, Does.Contain("name=\"first_name\""), "the sign-up form, to try again");
        });
    }

    [Test]
    public async Task StartTrialForm_TamperedToken_HasNoLinkBackToTheForm()
    {
        var redirectUri = await ConnectAsync($"admin@{DatabricksRequests.NewTestDomain()}");
        var token = HttpUtility.ParseQueryString(redirectUri.Query)["token"]!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token[..^4] + "AAAA", ["first_name"] = "Ada", ["last_name"] = "Lovelace", ["accept_terms"] = "true" });

        using var response = await _browser.PostAsync("/create-trial", form);

        var html = await response.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("Open the partner again from Databricks Partner Connect").And.Not.Contain("Back to the sign-up form"));
    }

    [Test]
    public async Task LandingPage_TokenOfDeletedAccount_Returns4xxHtml()
    {
        var domain = DatabricksRequests.NewTestDomain();
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var (_, json) = await _databricks.ConnectAsync(DatabricksRequests.Connect($"admin@{domain}", workspaceId));
        await _databricks.DeleteAccountAsync(domain, workspaceId);

        using var response = await _browser.GetAsync(json.Text("redirect_uri"));

        Assert.That((int)response.StatusCode, Is.InRange(400, 499));
        await AssertHtmlErrorAsync(response, response.StatusCode);
    }

    private async Task<Uri> ConnectAsync(string email)
    {
        var (response, json) = await _databricks.ConnectAsync(DatabricksRequests.Connect(email, DatabricksRequests.NewWorkspaceId()));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        return new Uri(json.Text("redirect_uri")!);
    }

    private static async Task AssertHtmlErrorAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(status), html);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(html, Does.Not.Contain("error_reason").And.Not.Contain("   at "), "a page for people: no envelope, no stack trace");
        });
        AssertSecurityHeaders(response);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.TryGetValues("Content-Security-Policy", out var csp), Is.True, "Content-Security-Policy");
            Assert.That(csp?.Single(), Does.Contain("default-src 'none'"));
            Assert.That(response.Headers.TryGetValues("X-Content-Type-Options", out var nosniff), Is.True, "X-Content-Type-Options");
            Assert.That(nosniff?.Single(), Is.EqualTo("nosniff"));
        });
    }
}
