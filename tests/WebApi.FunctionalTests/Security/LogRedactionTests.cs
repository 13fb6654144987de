using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Partner.WebApi.FunctionalTests.Security;

/// <summary>
/// docs/architecture.md "Conventions" (logs): the logs never carry a PAT, an OAuth secret, the Basic password or an e-mail address. Every entry of every
/// category is captured at Trace level while Databricks calls succeed, fail validation, are refused and fail with 500.
/// </summary>
public sealed class LogRedactionTests
{
    private const string OAuthSecret = "dose-oauth-secret-3b1f7c2e9a";

    private PartnerApiFactory _factory = null!;
    private HttpClient _client = null!;
    private readonly List<string> _emails = [];

    [OneTimeSetUp]
    public async Task StartAppAndRunCalls()
    {
        // new_user_action error: a second user signing in gets a 500, so an exception is logged too.
        _factory = new PartnerApiFactory(partnerConfig: c => c["new_user_action"] = "error", captureLogs: true);
        _client = _factory.CreateDatabricksClient();
        var domain = DatabricksRequests.NewTestDomain();
        var admin = $"admin@{domain}";
        var colleague = $"colleague@{domain}";
        _emails.AddRange([admin, colleague]);
        var workspaceId = DatabricksRequests.NewWorkspaceId();

        var (connect, connectJson) = await _client.ConnectAsync(WithOAuthSecret(DatabricksRequests.Connect(admin, workspaceId)));
        Assert.That(connect.StatusCode, Is.EqualTo(HttpStatusCode.OK), connectJson.ToJsonString());
        var connectionId = connectJson.Text("connection_id")!;

        var (signIn, _) = await _client.ConnectAsync(DatabricksRequests.Connect(admin, workspaceId, connectionId));
        var (serverError, _) = await _client.ConnectAsync(DatabricksRequests.Connect(colleague, workspaceId, connectionId));
        var invalid = WithOAuthSecret(DatabricksRequests.Connect(admin.Replace("@", " at ", StringComparison.Ordinal), workspaceId));
        var (validationError, _) = await _client.ConnectAsync(invalid);
        var wrongType = WithOAuthSecret(DatabricksRequests.Connect(admin, workspaceId));
        wrongType["port"] = "443";
        var (bindingError, _) = await _client.ConnectAsync(wrongType);
        using var wrongPassword = _factory.CreateDatabricksClient(PartnerApiFactory.Username, PartnerApiFactory.Password + "-wrong");
        var (unauthorized, _) = await wrongPassword.ConnectAsync(WithOAuthSecret(DatabricksRequests.Connect(admin, workspaceId)));
        var (tested, _) = await _client.TestConnectionAsync(connectionId, workspaceId);
        var (expired, _) = await _client.ExpireUserAccountAsync(admin, workspaceId);
        var (deleted, _) = await _client.DeleteConnectionAsync(connectionId, workspaceId);

        Assert.Multiple(() =>
        {
            Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(serverError.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(validationError.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(bindingError.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(unauthorized.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(tested.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(expired.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [OneTimeTearDown]
    public void StopApp()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private IReadOnlyList<CapturedLogEntry> Entries => _factory.Logs!.Entries;

    [Test]
    public void Logs_AreCaptured_IncludingTheConnectOutcomeAndTheServerError()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Entries.Select(e => e.Message), Has.Some.Contains("ConnectCommand handled"));
            Assert.That(Entries.Select(e => e.Message), Has.Some.Contains("ConnectCommand refused"));
            Assert.That(Entries.Where(e => e.Exception is not null), Is.Not.Empty, "the 500 logs its exception");
        });
    }

    [Test]
    public void Logs_NeverContainThePersonalAccessToken() => AssertAbsent(DatabricksRequests.Pat);

    [Test]
    public void Logs_NeverContainTheOAuthSecret() => AssertAbsent(OAuthSecret);

    [Test]
    public void Logs_NeverContainTheBasicPasswordOrAuthorizationHeader()
    {
        AssertAbsent(PartnerApiFactory.Password);
        AssertAbsent(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{PartnerApiFactory.Username}:{PartnerApiFactory.Password}")));
        AssertAbsent(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{PartnerApiFactory.Username}:{PartnerApiFactory.Password}-wrong")));
    }

    [Test]
    public void Logs_NeverContainEmailAddresses()
    {
        foreach (var email in _emails)
        {
            AssertAbsent(email);
        }
    }

    private void AssertAbsent(string secret)
    {
        var leaks = Entries.Where(e => e.FullText.Contains(secret, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.That(leaks, Is.Empty, string.Join(Environment.NewLine, leaks.Select(e => e.FullText)));
    }

    private static JsonObject WithOAuthSecret(JsonObject body)
    {
        body["service_principal_id"] = "a2a25a05-3d59-4515-a73b-b8bc5ab79e31";
        body["service_principal_oauth_secret"] = OAuthSecret;
        return body;
    }
}
