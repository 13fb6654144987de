using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Partner.WebApi.FunctionalTests.Fakes;

namespace Partner.WebApi.FunctionalTests.SelfTesting;

/// <summary>The admin self-testing partner API against a local fake workspace (docs/contracts/databricks-self-testing.md).</summary>
public sealed class SelfTestPartnerTests
{
    private const string Route = "/admin/self-test-partner";
    private const string SelfTestApi = "/api/2.0/partnerhub/self-test-partners/";

    private static readonly string[] UnityCatalog = ["UNITY_CATALOG"];
    private static readonly string[] AuthPat = ["AUTH_PAT"];

    private FakeDatabricksWorkspace _workspace = null!;
    private PartnerApiFactory _factory = null!;
    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _workspace = await FakeDatabricksWorkspace.StartAsync();
        _factory = new PartnerApiFactory(
            new Dictionary<string, string?>
            {
                // A trailing slash on the host is tolerated.
                ["Databricks:Host"] = _workspace.BaseUrl + "/",
                ["Databricks:Token"] = FakeDatabricksWorkspace.Token,
                ["Databricks:AllowInsecureHttp"] = "true",
                ["Databricks:RetryDelay"] = "00:00:00.010",
                ["Databricks:SelfTest:IntegrationType"] = "WAREHOUSE_WRITE",
                ["Databricks:SelfTest:SupportedFeatures:0"] = "UNITY_CATALOG",
                // HttpClient logs headers only at Trace: turn it on to prove they are redacted.
                ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace",
            },
            config => config["hostnames"] = new JsonArray("localhost", "partner.example.com"),
            captureLogs: true);
        _admin = _factory.CreateAdminClient();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _admin.Dispose();
        await _factory.DisposeAsync();
        await _workspace.DisposeAsync();
    }

    [SetUp]
    public void ResetWorkspace() => _workspace.Reset();

    [Test]
    public async Task CreateGetUpdateDelete_CallsSelfTestPartnerApiWithBearerTokenAndPartnerBody()
    {
        var created = await _admin.PostAsync(Route, null);
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        Assert.That((await created.ReadJsonAsync())["id"]!.GetValue<string>(), Is.EqualTo(FakeDatabricksWorkspace.PartnerId));

        var listed = await _admin.GetAsync(Route);
        var partners = (await listed.ReadJsonAsync())["partners"]!.AsArray();
        Assert.That(partners.Select(p => (p!["id"]!.GetValue<string>(), p["name"]!.GetValue<string>())),
            Is.EqualTo(new[] { (FakeDatabricksWorkspace.PartnerId, "Partner") }));

        var updated = await _admin.PutAsync(Route, null);
        Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var updateJson = await updated.ReadJsonAsync();

        var deleted = await _admin.DeleteAsync(Route);
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var deleteJson = await deleted.ReadJsonAsync();

        var requests = _workspace.Requests.Where(r => r.Path.StartsWith(SelfTestApi, StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(requests.Select(r => $"{r.Method} {r.Path}"), Is.EqualTo(new[]
            {
                $"GET {SelfTestApi}get/",
                $"POST {SelfTestApi}create/",
                $"GET {SelfTestApi}get/",
                $"GET {SelfTestApi}get/",
                $"PUT {SelfTestApi}update/{FakeDatabricksWorkspace.PartnerId}",
                $"GET {SelfTestApi}get/",
                $"DELETE {SelfTestApi}delete/{FakeDatabricksWorkspace.PartnerId}",
            }));
            Assert.That(_workspace.Requests.Select(r => r.Authorization), Has.All.EqualTo($"Bearer {FakeDatabricksWorkspace.Token}"));
            Assert.That(updateJson["id"]!.GetValue<string>(), Is.EqualTo(FakeDatabricksWorkspace.PartnerId));
            Assert.That(updateJson["notice"]!.GetValue<string>(), Does.Contain("drops the existing connections"));
            Assert.That(deleteJson["notice"]!.GetValue<string>(), Does.Contain("drops the existing connections"));
        });

        AssertPartnerBody(requests[1].Json);
        AssertPartnerBody(requests[4].Json);
        Assert.That((await (await _admin.GetAsync(Route)).ReadJsonAsync())["partners"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Create_StoresBasicHeaderOfFirstCredentialInPartnerConnectScope()
    {
        var created = await _admin.PostAsync(Route, null);
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var json = await created.ReadJsonAsync();

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{PartnerApiFactory.Username}:{PartnerApiFactory.Password}"));
        var scopeCreate = _workspace.Requests.Single(r => r.Path == "/api/2.0/secrets/scopes/create");
        var put = _workspace.Requests.Single(r => r.Path == "/api/2.0/secrets/put");
        Assert.Multiple(() =>
        {
            Assert.That(scopeCreate.Method, Is.EqualTo("POST"));
            Assert.That(scopeCreate.Json["scope"]!.GetValue<string>(), Is.EqualTo("partner-connect"));
            Assert.That(put.Method, Is.EqualTo("POST"));
            Assert.That(put.Authorization, Is.EqualTo($"Bearer {FakeDatabricksWorkspace.Token}"));
            Assert.That(put.Json["scope"]!.GetValue<string>(), Is.EqualTo("partner-connect"));
            Assert.That(put.Json["key"]!.GetValue<string>(), Is.EqualTo(FakeDatabricksWorkspace.PartnerId));
            Assert.That(put.Json["string_value"]!.GetValue<string>(), Is.EqualTo(expected));
            Assert.That(_workspace.Secret("partner-connect", FakeDatabricksWorkspace.PartnerId), Is.EqualTo(expected));
            Assert.That(json["secret_scope"]!.GetValue<string>(), Is.EqualTo("partner-connect"));
            Assert.That(json["secret_key"]!.GetValue<string>(), Is.EqualTo(FakeDatabricksWorkspace.PartnerId));
        });
    }

    [Test]
    public async Task Update_ScopeAlreadyExists_RefreshesSecret()
    {
        Assert.That((await _admin.PostAsync(Route, null)).StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var updated = await _admin.PutAsync(Route, null);

        Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK), await updated.Content.ReadAsStringAsync());
        var puts = _workspace.Requests.Where(r => r.Path == "/api/2.0/secrets/put").ToList();
        Assert.That(puts, Has.Count.EqualTo(2));
        Assert.That(puts[1].Json["key"]!.GetValue<string>(), Is.EqualTo(FakeDatabricksWorkspace.PartnerId));
    }

    [Test]
    public async Task Create_Databricks500ThenSuccess_IsRetried()
    {
        _workspace.FailNext("POST", SelfTestApi + "create/", 500, "INTERNAL_ERROR", "Temporarily unavailable.");

        var created = await _admin.PostAsync(Route, null);

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        Assert.That(_workspace.Requests.Count(r => r.Path == SelfTestApi + "create/"), Is.EqualTo(2));
    }

    [Test]
    public async Task Create_Databricks429ThenSuccess_IsRetried()
    {
        _workspace.FailNext("POST", SelfTestApi + "create/", 429, "REQUEST_LIMIT_EXCEEDED", "Too many requests.");

        var created = await _admin.PostAsync(Route, null);

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(_workspace.Requests.Count(r => r.Path == SelfTestApi + "create/"), Is.EqualTo(2));
    }

    [Test]
    public async Task Create_Databricks400_Returns502WithDatabricksStatusErrorCodeAndMessage()
    {
        _workspace.FailNext("POST", SelfTestApi + "create/", 400, "INVALID_PARAMETER_VALUE", "connect_url must use https.");

        var response = await _admin.PostAsync(Route, null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        var json = await response.ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(json["error_reason"]!.GetValue<string>(), Is.EqualTo("upstream_error"));
            Assert.That(json["display_message"]!.GetValue<string>(), Does.Contain("connect_url must use https."));
            Assert.That(json["upstream"]!["status"]!.GetValue<int>(), Is.EqualTo(400));
            Assert.That(json["upstream"]!["error_code"]!.GetValue<string>(), Is.EqualTo("INVALID_PARAMETER_VALUE"));
            Assert.That(json["upstream"]!["message"]!.GetValue<string>(), Is.EqualTo("connect_url must use https."));
            // A 400 is not retried, and no secret is stored for a partner that was not created.
            Assert.That(_workspace.Requests.Select(r => r.Path), Is.EqualTo(new[] { SelfTestApi + "get/", SelfTestApi + "create/" }));
        });
    }

    [Test]
    public async Task Create_PartnerAlreadyExists_Returns409WithoutCallingCreate()
    {
        Assert.That((await _admin.PostAsync(Route, null)).StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var again = await _admin.PostAsync(Route, null);

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await again.ReadJsonAsync())["display_message"]!.GetValue<string>(), Does.Contain(FakeDatabricksWorkspace.PartnerId));
        Assert.That(_workspace.Requests.Count(r => r.Path == SelfTestApi + "create/"), Is.EqualTo(1));
    }

    [Test]
    public async Task Create_SecretPutRefused_Returns502SayingThePartnerExistsAndHowToRetry()
    {
        _workspace.FailNext("POST", "/api/2.0/secrets/put", 403, "PERMISSION_DENIED", "User does not have MANAGE permission on scope.");

        var response = await _admin.PostAsync(Route, null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        var json = await response.ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(json["display_message"]!.GetValue<string>(), Does.Contain(FakeDatabricksWorkspace.PartnerId)
                .And.Contain("PUT /admin/self-test-partner").And.Contain("MANAGE permission"));
            Assert.That(json["upstream"]!["error_code"]!.GetValue<string>(), Is.EqualTo("PERMISSION_DENIED"));
        });
    }

    [Test]
    public async Task Update_NoSelfTestPartner_Returns404NotFound()
    {
        var response = await _admin.PutAsync(Route, null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await response.ReadJsonAsync())["error_reason"]!.GetValue<string>(), Is.EqualTo("not_found"));
    }

    [Test]
    public async Task SelfTestCalls_LogUrlsButNeverTheTokenOrTheBasicHeader()
    {
        Assert.That((await _admin.PostAsync(Route, null)).StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{PartnerApiFactory.Username}:{PartnerApiFactory.Password}"));
        var lines = _factory.Logs!.Entries.Select(e => e.FullText).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Some.Contains(SelfTestApi + "create/"), "HttpClient logs the URL");
            Assert.That(lines, Has.Some.Contains("Authorization"), "headers are logged at Trace, redacted");
            Assert.That(lines, Has.None.Contains(FakeDatabricksWorkspace.Token));
            Assert.That(lines, Has.None.Contains(basic));
            Assert.That(lines, Has.None.Contains(PartnerApiFactory.Password));
        });
    }

    private static void AssertPartnerBody(JsonObject body)
    {
        var partner = body["partner"]!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(partner["name"]!.GetValue<string>(), Is.EqualTo("Partner"));
            Assert.That(partner["category"]!.GetValue<string>(), Is.EqualTo("INGEST"));
            Assert.That(partner["connect_url"]!.GetValue<string>(), Is.EqualTo("http://localhost:5080/partners/databricks/v1/connect"));
            Assert.That(partner["sign_up_url"]!.GetValue<string>(), Is.EqualTo("http://localhost:5080/create-trial"));
            Assert.That(partner["delete_url"]!.GetValue<string>(), Is.EqualTo("http://localhost:5080/partners/databricks/connection"));
            Assert.That(partner["terms_of_service_url"]!.GetValue<string>(), Is.EqualTo("https://partner.example.com/terms"));
            Assert.That(partner["privacy_policy_url"]!.GetValue<string>(), Is.EqualTo("https://partner.example.com/privacy"));
            Assert.That(partner["hostnames"]!.GetValue<string>(), Is.EqualTo("localhost,partner.example.com"));
            Assert.That(partner["integration_type"]!.GetValue<string>(), Is.EqualTo("WAREHOUSE_WRITE"));
            Assert.That(partner["supported_features"]!.AsArray().Select(f => f!.GetValue<string>()), Is.EqualTo(UnityCatalog));
            Assert.That(partner["auth_options"]!.AsArray().Select(f => f!.GetValue<string>()), Is.EqualTo(AuthPat));
        });
    }
}
