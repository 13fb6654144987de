using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;
using Microsoft.EntityFrameworkCore;
using Partner.WebApi.FunctionalTests.Connections.TestConnection;
using Partner.WebApi.FunctionalTests.Fakes;

namespace Partner.WebApi.FunctionalTests.Landing;

/// <summary>
/// The landing pages as the first screen of the product (over HTTP; LandingBrowserTests drives them in Chromium): the
/// account, the workspace's connections, the Test connection button, the sign-up form, the next steps, branding, and
/// the signed hand-off.
/// </summary>
public sealed class LandingProductPagesTests
{
    private const string PurchaseUrl = "https://partner.example.com/pricing";
    private const string ContactEmail = "sales@partner.example.com";

    private FakeDatabricksWorkspace _workspace = null!;
    private PartnerApiFactory _factory = null!;
    private HttpClient _databricks = null!;
    private HttpClient _browser = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _workspace = await FakeDatabricksWorkspace.StartAsync();
        _factory = new PartnerApiFactory(new Dictionary<string, string?>
        {
            ["Landing:PurchaseUrl"] = PurchaseUrl,
            ["Landing:ContactEmail"] = ContactEmail,
            ["Databricks:Timeout"] = "00:00:03",
        });
        _databricks = _factory.CreateDatabricksClient();
        _browser = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _databricks.Dispose();
        _browser.Dispose();
        await _factory.DisposeAsync();
        await _workspace.DisposeAsync();
    }

    [SetUp]
    public void Reset() => _workspace.Reset();

    [Test]
    public async Task CreateTrial_ShowsTheAccountsTrial_TheWorkspacesConnection_AndASignUpFormWithLabels()
    {
        var visit = await ConnectAsync(_factory, _databricks, _workspace.BaseUrl);

        var html = await GetPageAsync(visit.RedirectUri);

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<h1>Start your trial</h1>"));
            Assert.That(html, Does.Contain(visit.Domain).And.Contain("Active until"));
            Assert.That(html, Does.Contain(new Uri(_workspace.BaseUrl).Host).And.Contain(FakeDatabricksWorkspace.WarehouseId).And.Contain("SQL warehouse"));
            Assert.That(html, Does.Contain($"name=\"connection_id\" value=\"{visit.ConnectionId}\""));
            Assert.That(html, Does.Contain("<label for=\"first_name\">").And.Contain("<label for=\"last_name\">").And.Contain("for=\"accept_terms\""));
            Assert.That(html, Does.Contain("src=\"/branding/logo\"").And.Contain("href=\"/branding/icon\""));
            Assert.That(html, Does.Not.Contain("<script"), "the pages work without JavaScript and the CSP forbids it");
            Assert.That(html, Does.Not.Contain(visit.Email), "the page never shows the e-mail address");
        });
    }

    [Test]
    public async Task TestConnectionButton_RunsTheTestConnectionApisChecks_AndListsEachWithItsMessage()
    {
        var visit = await ConnectAsync(_factory, _databricks, _workspace.BaseUrl);
        var api = (await _databricks.TestConnectionAsync(visit.ConnectionId, visit.WorkspaceId)).Results();

        using var response = await PostFormAsync(_browser, "/landing/test-connection", new()
        {
            ["token"] = visit.Token, ["page"] = "CreateTrial", ["connection_id"] = visit.ConnectionId,
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
            Assert.That(html, Does.Contain("Every check succeeded"));
            foreach (var (check, (status, message)) in api)
            {
                Assert.That(html, Does.Contain($"<th scope=\"row\">{check}</th>"));
                Assert.That(html, Does.Contain(WebUtility.HtmlEncode(message).Replace("&#x27;", "&#x27;", StringComparison.Ordinal)).Or.Contain(message));
                Assert.That(status, Is.EqualTo("SUCCESS"));
            }
        });
    }

    [Test]
    public async Task TestConnectionButton_AFailingCheck_IsListedAsFailed()
    {
        var visit = await ConnectAsync(_factory, _databricks, _workspace.BaseUrl, pat: "dapi-wrong-token");

        using var response = await PostFormAsync(_browser, "/landing/test-connection", new()
        {
            ["token"] = visit.Token, ["page"] = "CreateTrial", ["connection_id"] = visit.ConnectionId,
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("At least one check failed"));
            Assert.That(html, Does.Contain("<span class=\"status failed\">FAILED</span>"));
            Assert.That(html, Does.Contain("The workspace rejected the personal access token: HTTP 401 UNAUTHENTICATED."));
            Assert.That(html, Does.Not.Contain("dapi-wrong-token"));
        });
    }

    [Test]
    public async Task TestConnectionButton_AConnectionOfAnotherAccount_Is404Html_AndCallsNoWorkspace()
    {
        var mine = await ConnectAsync(_factory, _databricks, _workspace.BaseUrl);
        var theirs = await ConnectAsync(_factory, _databricks, _workspace.BaseUrl);

        using var response = await PostFormAsync(_browser, "/landing/test-connection", new()
        {
            ["token"] = mine.Token, ["page"] = "CreateTrial", ["connection_id"] = theirs.ConnectionId,
        });

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("not one of this workspace"));
            Assert.That(_workspace.Requests, Is.Empty);
        });
    }

    [Test]
    public async Task SignUpForm_WithoutAcceptingTheTerms_Is400Html_AndSignsNobodyUp()
    {
        var visit = await ConnectAsync(_factory, _databricks, _workspace.BaseUrl);

        using var response = await PostFormAsync(_browser, "/create-trial", new() { ["token"] = visit.Token, ["first_name"] = "Ada", ["last_name"] = "Lovelace" });

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Accept the terms of service to start."));
            Assert.That(await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == visit.Email).Select(u => u.SignedUpAt).SingleAsync()), Is.Null);
        });
    }

    [Test]
    public async Task SignUpForm_StoresTheConfirmedName_AndShowsTheConnectionsAgain()
    {
        var visit = await ConnectAsync(_factory, _databricks, _workspace.BaseUrl);

        using var response = await PostFormAsync(_browser, "/create-trial", new()
        {
            ["token"] = visit.Token, ["first_name"] = "Ada", ["last_name"] = "Lovelace", ["accept_terms"] = "true",
        });

        var html = await response.Content.ReadAsStringAsync();
        var user = await _factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == visit.Email));
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
            Assert.That(html, Does.Contain("<h1>You&#x27;re all set</h1>").Or.Contain("<h1>You're all set</h1>"));
            Assert.That(html, Does.Contain("Thank you, Ada"));
            Assert.That(html, Does.Contain($"name=\"connection_id\" value=\"{visit.ConnectionId}\""));
            Assert.That((user.FirstName, user.LastName, user.HasSignedUp), Is.EqualTo(("Ada", "Lovelace", true)));
        });
    }

    [Test]
    public async Task SignUpForm_PostedAgainWithTheSameLink_CannotRenameWhoSignedUp()
    {
        var visit = await ConnectAsync(_factory, _databricks, _workspace.BaseUrl);
        using var first = await PostFormAsync(_browser, "/create-trial", new()
        {
            ["token"] = visit.Token, ["first_name"] = "Ada", ["last_name"] = "Lovelace", ["accept_terms"] = "true",
        });

        using var again = await PostFormAsync(_browser, "/create-trial", new()
        {
            ["token"] = visit.Token, ["first_name"] = "Mallory", ["last_name"] = "Intruder", ["accept_terms"] = "true",
        });

        var user = await _factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == visit.Email));
        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the page shows the account, as after the sign-up");
            Assert.That((user.FirstName, user.LastName), Is.EqualTo(("Ada", "Lovelace")));
        });
    }

    [Test]
    public async Task PurchaseProduct_GivesTheBuyLinkAndTheContact_AndKeepsTheConnectionsListed()
    {
        var visit = await ConnectAsync(_factory, _databricks, _workspace.BaseUrl);
        await _databricks.ExpireUserAccountAsync(visit.Email, visit.WorkspaceId);
        var (_, json) = await _databricks.ConnectAsync(ConnectBody(visit.Email, visit.WorkspaceId, _workspace.BaseUrl, visit.ConnectionId));
        Assert.That(json.Text("redirect_value"), Is.EqualTo("purchase_product"));

        var html = await GetPageAsync(new Uri(json.Text("redirect_uri")!));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<h1>Your trial has ended</h1>"));
            Assert.That(html, Does.Contain($"href=\"{PurchaseUrl}\""));
            Assert.That(html, Does.Contain($"href=\"mailto:{ContactEmail}\""));
            Assert.That(html, Does.Contain(FakeDatabricksWorkspace.WarehouseId));
        });
    }

    [Test]
    public async Task ContactAdmin_SaysWhatToDoAndWhomToAsk()
    {
        await using var factory = new PartnerApiFactory(new Dictionary<string, string?> { ["Landing:ContactEmail"] = ContactEmail },
            partnerConfig: c => c["new_user_action"] = "invite");
        using var databricks = factory.CreateDatabricksClient();
        var admin = await ConnectAsync(factory, databricks, "https://organization.cloud.databricks.com");
        var colleague = $"colleague@{admin.Domain}";
        var (_, json) = await databricks.ConnectAsync(ConnectBody(colleague, admin.WorkspaceId, "https://organization.cloud.databricks.com", admin.ConnectionId));
        Assert.That(json.Text("redirect_value"), Is.EqualTo("contact_admin"));
        using var browser = factory.CreateClient();

        using var response = await browser.GetAsync(json.Text("redirect_uri"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("<h1>Ask your administrator for access</h1>").And.Contain("What to do next"));
            Assert.That(html, Does.Contain($"href=\"mailto:{ContactEmail}\""));
            Assert.That(html, Does.Not.Contain("connection_id"), "someone not yet in the account sees no connection");
        });
    }

    [Test]
    public async Task Branding_LogoAndIcon_AreTheConfiguredPngFiles()
    {
        using var logo = await _browser.GetAsync("/branding/logo");
        using var icon = await _browser.GetAsync("/branding/icon");

        Assert.Multiple(async () =>
        {
            Assert.That(logo.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(logo.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
            Assert.That(await logo.Content.ReadAsByteArrayAsync(), Is.EqualTo(await File.ReadAllBytesAsync(Path.Combine(_factory.Directory, "partner-logo.png"))));
            Assert.That(await icon.Content.ReadAsByteArrayAsync(), Is.EqualTo(await File.ReadAllBytesAsync(Path.Combine(_factory.Directory, "partner-icon.png"))));
        });
    }

    [Test]
    public async Task Branding_MissingFile_Is404()
    {
        await using var factory = new PartnerApiFactory(partnerConfig: c => c["logo_file"] = "no-such-logo.png");
        using var browser = factory.CreateClient();

        using var logo = await browser.GetAsync("/branding/logo");

        Assert.That(logo.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("https://app.partner.example/databricks/welcome", TestName = "HandOff_SignedVisit_VerifiesByTheRecipe_AndAppendedIdsChangeNothing")]
    [TestCase("https://app.partner.example/welcome?source=databricks", TestName = "HandOff_HandOffUrlWithItsOwnQuery_VerifiesByTheRecipe")]
    public async Task HandOff_SignedVisit_VerifiesByTheRecipe(string handOffUrl)
    {
        const string secret = "hand-off-secret-0123456789abcdef0123";
        await using var factory = new PartnerApiFactory(new Dictionary<string, string?>
        {
            ["Landing:HandOffUrl"] = handOffUrl,
            ["Landing:HandOffSecret"] = secret,
        });
        using var databricks = factory.CreateDatabricksClient();
        var visit = await ConnectAsync(factory, databricks, "https://organization.cloud.databricks.com");
        using var browser = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await browser.GetAsync(visit.RedirectUri);
        var location = response.Headers.Location!.ToString();
        // An attacker appends another account's id (frameworks that keep the last duplicate would read it).
        var tampered = location + "&account_id=" + Guid.NewGuid() + "&redirect_value=sign_in";

        var read = VerifyHandOff(tampered, secret);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
            Assert.That(location, Does.StartWith(handOffUrl));
            Assert.That(read["redirect_value"]!.GetValue<string>(), Is.EqualTo("create_trial"));
            Assert.That(read["connection_id"]!.GetValue<string>(), Is.EqualTo(visit.ConnectionId));
            Assert.That(read["account_id"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(read["workspace_id"]!.GetValue<long>(), Is.EqualTo(visit.WorkspaceId));
            Assert.That(read["exp"]!.GetValue<long>(), Is.InRange(DateTimeOffset.UtcNow.ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(6).ToUnixTimeSeconds()));
            Assert.That(read["nonce"]!.GetValue<string>(), Has.Length.GreaterThanOrEqualTo(16));
            Assert.That(location, Does.Not.Contain(visit.Email).And.Not.Contain(HttpUtility.UrlEncode(visit.Email)));
            Assert.That(System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(HttpUtility.ParseQueryString(new Uri(location).Query)["visit"]!)),
                Does.Not.Contain(visit.Email));
        });
        var forged = location.Replace("&signature=", "&signature=0", StringComparison.Ordinal);
        Assert.That(() => VerifyHandOff(forged, secret), Throws.InstanceOf<AssertionException>(), "a changed signature does not verify");
    }

    /// <summary>
    /// The recipe of docs/databricks.md "Landing pages", as the partner's application runs it: read only visit and
    /// signature, check the HMAC of the visit value in constant time and its exp; answers the visit's JSON.
    /// </summary>
    private static System.Text.Json.Nodes.JsonObject VerifyHandOff(string url, string secret)
    {
        var query = HttpUtility.ParseQueryString(new Uri(url).Query);
        var value = query.GetValues("visit")!.First();
        var signature = query.GetValues("signature")!.First();
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(value)));
        Assert.That(CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature)), Is.True, "signature");
        var json = System.Text.Json.Nodes.JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(value))!.AsObject();
        Assert.That(json["exp"]!.GetValue<long>(), Is.GreaterThan(DateTimeOffset.UtcNow.ToUnixTimeSeconds()), "exp");
        return json;
    }

    [Test]
    public async Task HandOff_WithoutASecret_StopsTheAppAtStart()
    {
        await using var factory = new PartnerApiFactory(new Dictionary<string, string?> { ["Landing:HandOffUrl"] = "https://app.partner.example/" });

        var error = Assert.Catch(() => factory.CreateClient());

        Assert.That(error!.ToString(), Does.Contain("Landing:HandOffSecret is required"));
    }

    private async Task<string> GetPageAsync(Uri redirectUri)
    {
        using var response = await _browser.GetAsync(redirectUri);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("img-src 'self'").And.Contain("default-src 'none'"));
        return html;
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(path, form);
    }

    private static JsonObject ConnectBody(string email, long workspaceId, string workspaceUrl, string? connectionId = null)
    {
        var body = DatabricksRequests.Connect(email, workspaceId, connectionId);
        body["workspace_url"] = $"{workspaceUrl}/?o={workspaceId}";
        return body;
    }

    internal static async Task<Visit> ConnectAsync(PartnerApiFactory factory, HttpClient databricks, string workspaceUrl, string? pat = null)
    {
        var domain = DatabricksRequests.NewTestDomain();
        var email = $"admin@{domain}";
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var body = ConnectBody(email, workspaceId, workspaceUrl);
        body["user_info"]!["auth"] = new JsonObject { ["personal_access_token"] = pat ?? FakeDatabricksWorkspace.Token };
        body["user_info"]!["first_name"] = "Grace";
        var (response, json) = await databricks.ConnectAsync(body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        var redirectUri = new Uri(json.Text("redirect_uri")!);
        return new Visit(domain, email, workspaceId, json.Text("connection_id")!, redirectUri, HttpUtility.ParseQueryString(redirectUri.Query)["token"]!);
    }

    internal sealed record Visit(string Domain, string Email, long WorkspaceId, string ConnectionId, Uri RedirectUri, string Token);
}
