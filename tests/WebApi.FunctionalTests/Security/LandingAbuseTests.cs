using System.Net;
using Partner.WebApi.FunctionalTests.Connections.TestConnection;
using Partner.WebApi.FunctionalTests.Fakes;
using Partner.WebApi.FunctionalTests.Landing;

namespace Partner.WebApi.FunctionalTests.Security;

/// <summary>
/// The landing pages' Test connection calls a customer's workspace with the customer's credential: limited per visit
/// (RateLimiting:LandingPerVisit) and per address (RateLimiting:LandingPerAddress), and every workspace check waits for
/// one of Databricks:MaxConcurrentChecks turns.
/// </summary>
[NonParallelizable]
public sealed class LandingAbuseTests
{
    private FakeDatabricksWorkspace _workspace = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _workspace = await FakeDatabricksWorkspace.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _workspace.DisposeAsync();

    [SetUp]
    public void Reset() => _workspace.Reset();

    [Test]
    public async Task OneVisit_TestsItsConnectionAtMostLandingPerVisitTimesAWindow()
    {
        await using var factory = Host(perVisit: 3, perAddress: 100);
        using var databricks = factory.CreateDatabricksClient();
        using var browser = factory.CreateClient();
        var visit = await LandingProductPagesTests.ConnectAsync(factory, databricks, _workspace.BaseUrl);
        var other = await LandingProductPagesTests.ConnectAsync(factory, databricks, _workspace.BaseUrl);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await TestAsync(browser, visit);
            statuses.Add(response.StatusCode);
        }

        var calls = _workspace.Requests.Count(r => r.Path == "/api/2.0/preview/scim/v2/Me");
        using var otherVisit = await TestAsync(browser, other);
        Assert.Multiple(() =>
        {
            Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
            Assert.That(calls, Is.EqualTo(3), "the refused test called nothing");
            Assert.That(otherVisit.StatusCode, Is.EqualTo(HttpStatusCode.OK), "another visit has its own window");
        });
    }

    [Test]
    public async Task OneAddress_ManyVisits_IsLimitedToLandingPerAddress()
    {
        await using var factory = Host(perVisit: 100, perAddress: 3);
        using var databricks = factory.CreateDatabricksClient();
        using var browser = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var visit = await LandingProductPagesTests.ConnectAsync(factory, databricks, _workspace.BaseUrl);
            using var response = await TestAsync(browser, visit);
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
    }

    [Test]
    public async Task WorkspaceChecks_RunAtMostMaxConcurrentChecksAtOnce_TheRestWaitOrAreToldBusy()
    {
        await using var factory = Host(perVisit: 100, perAddress: 100, new Dictionary<string, string?> { ["Databricks:MaxConcurrentChecks"] = "1" });
        using var databricks = factory.CreateDatabricksClient();
        var connection = await databricks.ConnectAsync(_workspace.BaseUrl, FakeDatabricksWorkspace.Token, clusterId: null);
        _workspace.ApiDelay = TimeSpan.FromMilliseconds(400);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => databricks.TestConnectionAsync(connection.ConnectionId, connection.WorkspaceId)));

        var results = answers.Select(a => a.Results()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(_workspace.MaxConcurrentApiRequests, Is.EqualTo(1), "one check at a time reached the workspace");
            Assert.That(results.Count(r => r.TryGetValue("Authentication", out var check) && check.Status == "SUCCESS"), Is.InRange(2, 4), "one running, one waiting, the rest maybe");
            Assert.That(results.Where(r => r.Count == 1).Select(r => r["Connectivity"].Message),
                Has.All.StartsWith("Not checked: too many workspace checks are running"));
        });
    }

    [TestCase("/create-trial", TestName = "SignUpForm_With1100Fields_Answers400_WithoutAStackTraceInTheLog")]
    [TestCase("/landing/test-connection", TestName = "TestConnectionForm_With1100Fields_Answers400_WithoutAStackTraceInTheLog")]
    public async Task FormOverTheLimits_Answers400_WithoutAStackTrace(string path)
    {
        await using var factory = new PartnerApiFactory(captureLogs: true);
        using var browser = factory.CreateClient();
        var fields = string.Join('&', Enumerable.Range(0, 1100).Select(i => $"f{i}=x"));

        using var response = await browser.PostAsync(path, new StringContent(fields, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(html, Does.Contain("The form has too many fields or too long a value."));
            Assert.That(factory.Logs!.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error), Is.Empty);
            Assert.That(factory.Logs.Entries.Select(e => e.FullText), Has.None.Contains("   at "));
        });
    }

    [Test]
    public async Task SignUpForm_WithANulCharacter_Answers400_AndChangesNothing()
    {
        await using var factory = Host(perVisit: 100, perAddress: 100);
        using var databricks = factory.CreateDatabricksClient();
        using var browser = factory.CreateClient();
        var visit = await LandingProductPagesTests.ConnectAsync(factory, databricks, _workspace.BaseUrl);

        using var response = await browser.PostAsync("/create-trial", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = visit.Token, ["first_name"] = "A\0da", ["last_name"] = "Lovelace", ["accept_terms"] = "true",
        }));

        var signedUp = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Users.Where(u => u.Email == visit.Email).Select(u => u.SignedUpAt)));
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(signedUp, Is.Null);
        });
    }

    private static PartnerApiFactory Host(int perVisit, int perAddress, Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:PermitLimit"] = "1000",
            ["RateLimiting:LandingPerVisit"] = perVisit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:LandingPerAddress"] = perAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Databricks:AllowInsecureHttp"] = "true",
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return new PartnerApiFactory(settings);
    }

    private static Task<HttpResponseMessage> TestAsync(HttpClient browser, LandingProductPagesTests.Visit visit) =>
        browser.PostAsync("/landing/test-connection", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = visit.Token, ["page"] = "CreateTrial", ["connection_id"] = visit.ConnectionId,
        }));
}
