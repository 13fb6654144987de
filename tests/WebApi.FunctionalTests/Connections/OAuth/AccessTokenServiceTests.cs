using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partner.WebApi.FunctionalTests.Fakes;

namespace Partner.WebApi.FunctionalTests.Connections.OAuth;

/// <summary>
/// docs/contracts/databricks-partner-connect.md "Token service": POST /admin/connections/{id}/access-token answers a
/// short-lived token of every kind of connection, never a refresh token or a secret; one refresh however many ask at
/// once, on one instance or two; clear errors; scoped keys; an audit line per token.
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
[NonParallelizable]
public sealed class AccessTokenServiceTests(Provider provider) : OAuthFixture
{
    private const string TokensKey = "tokens-scoped-key-0123456789abcdef";
    private const string ReadKey = "read-scoped-key-0123456789abcdef";

    protected override Task<OAuthFlow> StartFlowAsync() => OAuthFlow.StartAsync(provider, ["AUTH_PAT", "AUTH_OAUTH_U2M"], settings: new Dictionary<string, string?>
    {
        ["Admin:ScopedKeys:0:Key"] = TokensKey,
        ["Admin:ScopedKeys:0:Scopes"] = "tokens",
        ["Admin:ScopedKeys:1:Key"] = ReadKey,
        ["Admin:ScopedKeys:1:Scopes"] = "read",
    }, captureLogs: true);

    [Test]
    public async Task PatConnection_AnswersThePat_WithoutCallingDatabricks()
    {
        var connected = await Flow.ConnectAsync(DatabricksAuth.Pat);

        var (response, json) = await Flow.AccessTokenAsync(connected.ConnectionId);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
            Assert.That(json["access_token"]?.GetValue<string>(), Is.EqualTo(FakeDatabricksWorkspace.Token));
            Assert.That(json["auth_type"]?.GetValue<string>(), Is.EqualTo("pat"));
            Assert.That(json.ContainsKey("expires_in") && json["expires_in"] is null, Is.True, "expires_in is null for a PAT");
            Assert.That(Workspace.Requests, Is.Empty);
        });
    }

    [Test]
    public async Task M2MConnection_MintsOnce_ThenAnswersTheStoredTokenUntilItNearsExpiry()
    {
        var connected = await Flow.ConnectAsync(DatabricksAuth.OAuthM2M);

        var (first, json) = await Flow.AccessTokenAsync(connected.ConnectionId);
        var (second, again) = await Flow.AccessTokenAsync(connected.ConnectionId);
        var minted = Workspace.ClientCredentialGrants;
        Flow.Time.Offset = TimeSpan.FromMinutes(59); // the token's hour nearly over
        var (third, renewed) = await Flow.AccessTokenAsync(connected.ConnectionId);

        var stored = await Flow.Factory.WithDbAsync(db => db.Connections.AsNoTracking().SingleAsync(c => c.Id == connected.ConnectionId));
        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
            Assert.That(json["auth_type"]?.GetValue<string>(), Is.EqualTo("oauth_m2m"));
            Assert.That(json["access_token"]?.GetValue<string>(), Is.EqualTo(FakeDatabricksWorkspace.OAuthAccessToken));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(again["access_token"]?.GetValue<string>(), Is.EqualTo(FakeDatabricksWorkspace.OAuthAccessToken));
            Assert.That(minted, Is.EqualTo(1), "the second call reuses the stored token");
            Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.OK), renewed.ToJsonString());
            Assert.That(Workspace.ClientCredentialGrants, Is.EqualTo(2), "a token with under two minutes left is renewed");
            Assert.That(stored.ProtectedAccessToken, Is.Not.Null.And.Not.Contains(FakeDatabricksWorkspace.OAuthAccessToken), "stored encrypted");
            Assert.That(json.ToJsonString(), Does.Not.Contain(FakeDatabricksWorkspace.ClientSecret));
        });
    }

    [Test]
    public async Task M2MSecretRefused_Answers502_WithoutTheSecret()
    {
        var connected = await Flow.ConnectAsync(DatabricksAuth.OAuthM2M);
        Workspace.FailNext("POST", "/oidc/v1/token", 401, "invalid_client", "Client authentication failed");

        var (response, json) = await Flow.AccessTokenAsync(connected.ConnectionId);

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(502), json.ToJsonString());
            Assert.That(json["error_reason"]?.GetValue<string>(), Is.EqualTo("upstream_error"));
            Assert.That(json["upstream"]?["status"]?.GetValue<int>(), Is.EqualTo(401));
            Assert.That(json.ToJsonString(), Does.Not.Contain(FakeDatabricksWorkspace.ClientSecret));
        });
    }

    [Test]
    public async Task U2MToken_IsRefreshedWhenItNearsExpiry_AndTheRotatedRefreshTokenIsKept()
    {
        var connected = await AuthorizedAsync();
        var before = await RefreshTokenAsync(connected);
        Flow.Time.Offset = TimeSpan.FromMinutes(59);

        var (response, json) = await Flow.AccessTokenAsync(connected.ConnectionId);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
            Assert.That(json["auth_type"]?.GetValue<string>(), Is.EqualTo("oauth_u2m"));
            Assert.That(Workspace.Refreshes, Is.EqualTo(1));
            Assert.That(Workspace.Accepts(json["access_token"]!.GetValue<string>()), Is.True);
            Assert.That(await RefreshTokenAsync(connected), Is.Not.EqualTo(before), "Databricks rotated it; the new one is kept");
        });

        Flow.Time.Offset = TimeSpan.FromMinutes(2 * 59);
        var (later, _) = await Flow.AccessTokenAsync(connected.ConnectionId);
        Assert.That(later.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the kept refresh token works: the old one was consumed");
        Assert.That(Workspace.Refreshes, Is.EqualTo(2));
    }

    [Test]
    public async Task ManyCallersAtOnce_DatabricksSeesOneRefresh()
    {
        var connected = await AuthorizedAsync();
        Flow.Time.Offset = TimeSpan.FromMinutes(59);
        Workspace.TokenDelay = TimeSpan.FromMilliseconds(300); // every caller arrives while the refresh runs

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Flow.AccessTokenAsync(connected.ConnectionId)));

        Assert.Multiple(() =>
        {
            Assert.That(answers.Select(a => a.Response.StatusCode), Has.All.EqualTo(HttpStatusCode.OK));
            Assert.That(answers.Select(a => a.Json["access_token"]!.GetValue<string>()).Distinct().Count(), Is.EqualTo(1));
            Assert.That(Workspace.Refreshes, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task TwoInstancesAtOnce_DatabricksSeesOneRefresh_AndTheRefreshTokenStaysUsable()
    {
        var connected = await AuthorizedAsync();
        await using var second = await OAuthFlow.StartAsync(provider, ["AUTH_PAT", "AUTH_OAUTH_U2M"], sharedDatabase: Flow.Factory.Database, workspace: Workspace);
        Flow.Time.Offset = second.Time.Offset = TimeSpan.FromMinutes(59);
        Workspace.TokenDelay = TimeSpan.FromMilliseconds(500);

        var answers = await Task.WhenAll(Enumerable.Range(0, 16)
            .Select(i => (i % 2 == 0 ? Flow : second).AccessTokenAsync(connected.ConnectionId)));

        Assert.Multiple(() =>
        {
            Assert.That(answers.Select(a => a.Response.StatusCode), Has.All.EqualTo(HttpStatusCode.OK), string.Join("\n", answers.Select(a => a.Json.ToJsonString())));
            Assert.That(Workspace.Refreshes, Is.EqualTo(1));
        });
        Flow.Time.Offset = second.Time.Offset = TimeSpan.FromMinutes(2 * 59);
        var (next, json) = await second.AccessTokenAsync(connected.ConnectionId);
        Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
    }

    [Test]
    public async Task RevokedGrant_Answers502_ThenAuthorizationRequired()
    {
        var connected = await AuthorizedAsync();
        Workspace.RevokeRefreshTokens();
        Flow.Time.Offset = TimeSpan.FromMinutes(59);

        var (refused, json) = await Flow.AccessTokenAsync(connected.ConnectionId);
        var (next, again) = await Flow.AccessTokenAsync(connected.ConnectionId, body: new JsonObject { ["auth_type"] = "oauth_u2m" });

        Assert.Multiple(() =>
        {
            Assert.That((int)refused.StatusCode, Is.EqualTo(502), json.ToJsonString());
            Assert.That(json["upstream"]?["error_code"]?.GetValue<string>(), Is.EqualTo("invalid_grant"));
            Assert.That((int)next.StatusCode, Is.EqualTo(409), again.ToJsonString());
            Assert.That(again["error_reason"]?.GetValue<string>(), Is.EqualTo("authorization_required"));
        });
    }

    [Test]
    public async Task AuthTypeInTheBody_PicksTheCredential()
    {
        // auth_options AUTH_PAT + AUTH_OAUTH_U2M: the PAT by default, the user's token on request.
        var connected = await Flow.ConnectAsync(DatabricksAuth.PatAndU2M);

        var (pat, patJson) = await Flow.AccessTokenAsync(connected.ConnectionId);
        var (u2m, u2mJson) = await Flow.AccessTokenAsync(connected.ConnectionId, body: new JsonObject { ["auth_type"] = "oauth_u2m" });
        var (m2m, m2mJson) = await Flow.AccessTokenAsync(connected.ConnectionId, body: new JsonObject { ["auth_type"] = "oauth_m2m" });
        var (bad, badJson) = await Flow.AccessTokenAsync(connected.ConnectionId, body: new JsonObject { ["auth_type"] = "kerberos" });
        await Flow.AuthorizeAndConsentAsync(connected);
        var (after, afterJson) = await Flow.AccessTokenAsync(connected.ConnectionId, body: new JsonObject { ["auth_type"] = "oauth_u2m", ["unknown"] = 1 });

        Assert.Multiple(() =>
        {
            Assert.That(patJson["auth_type"]?.GetValue<string>(), Is.EqualTo("pat"), patJson.ToJsonString());
            Assert.That((int)u2m.StatusCode, Is.EqualTo(409));
            Assert.That(u2mJson["error_reason"]?.GetValue<string>(), Is.EqualTo("authorization_required"));
            Assert.That((int)m2m.StatusCode, Is.EqualTo(409));
            Assert.That(m2mJson["error_reason"]?.GetValue<string>(), Is.EqualTo("conflict"));
            Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), badJson.ToJsonString());
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK), afterJson.ToJsonString());
            Assert.That(afterJson["auth_type"]?.GetValue<string>(), Is.EqualTo("oauth_u2m"));
        });
    }

    [TestCase("7f2e4c43-9714-47cf-9011-d8148eaa27a2", TestName = "AccessToken_UnknownConnection_Returns404ConnectionNotFound")]
    [TestCase("not-a-guid", TestName = "AccessToken_MalformedConnectionId_Returns404ConnectionNotFound")]
    public async Task AccessToken_NoSuchConnection_Returns404(string id)
    {
        var (response, json) = await Flow.Admin.SendJsonAsync(HttpMethod.Post, $"/admin/connections/{id}/access-token", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(json["error_reason"]?.GetValue<string>(), Is.EqualTo("connection_not_found"));
    }

    [Test]
    public async Task AccessToken_DeletedConnection_Returns404_EvenWithAStoredToken()
    {
        var connected = await Flow.ConnectAsync(DatabricksAuth.OAuthM2M);
        await Flow.AccessTokenAsync(connected.ConnectionId);
        await Flow.Databricks.DeleteConnectionAsync(connected.ConnectionId.ToString(), connected.WorkspaceId);

        var (response, json) = await Flow.AccessTokenAsync(connected.ConnectionId);

        var stored = await Flow.Factory.WithDbAsync(db => db.Connections.AsNoTracking().SingleAsync(c => c.Id == connected.ConnectionId));
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), json.ToJsonString());
            Assert.That(stored.ProtectedAccessToken, Is.Null, "delete drops the stored token too");
        });
    }

    [Test]
    public async Task ScopedKeys_TokensKeyGetsTokensOnly_ReadKeyReadsOnly()
    {
        var connected = await Flow.ConnectAsync(DatabricksAuth.Pat);
        using var tokens = PartnerApiFactory.AsAdmin(Flow.Factory.CreateClient(), TokensKey);
        using var read = PartnerApiFactory.AsAdmin(Flow.Factory.CreateClient(), ReadKey);

        var (granted, _) = await Flow.AccessTokenAsync(connected.ConnectionId, tokens);
        var (tokensReading, forbidden) = await tokens.SendJsonAsync(HttpMethod.Get, "/admin/connections", null);
        var (reading, _) = await read.SendJsonAsync(HttpMethod.Get, "/admin/connections", null);
        var (readAsking, _) = await Flow.AccessTokenAsync(connected.ConnectionId, read);
        var (readWriting, _) = await read.SendJsonAsync(HttpMethod.Post, GreenhouseApi.OrganizationsPath, GreenhouseApi.CreateOrganization("x"));

        Assert.Multiple(() =>
        {
            Assert.That(granted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(tokensReading.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(forbidden["debugging_message"]?.GetValue<string>(), Does.Contain("may not call this endpoint"));
            Assert.That(reading.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(readAsking.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(readWriting.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    [Test]
    public async Task EachTokenHandedOut_IsLoggedWithConnectionAndKeyName_NeverTheToken()
    {
        var connected = await Flow.ConnectAsync(DatabricksAuth.Pat);
        using var tokens = PartnerApiFactory.AsAdmin(Flow.Factory.CreateClient(), TokensKey);

        await Flow.AccessTokenAsync(connected.ConnectionId, tokens);

        var logs = Flow.Factory.Logs!.Entries;
        Assert.Multiple(() =>
        {
            Assert.That(logs.Select(e => e.Message), Has.Some.Contains($"Access token handed out: connection {connected.ConnectionId}, Pat, to Admin:ScopedKeys:0"));
            Assert.That(logs.Select(e => e.FullText), Has.None.Contains(FakeDatabricksWorkspace.Token));
            Assert.That(logs.Select(e => e.FullText), Has.None.Contains(TokensKey));
        });
    }

    private async Task<Connected> AuthorizedAsync()
    {
        var connected = await Flow.ConnectAsync(DatabricksAuth.OAuthU2M);
        var (status, text) = await Flow.AuthorizeAndConsentAsync(connected);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), text);
        return connected;
    }

    private Task<string?> RefreshTokenAsync(Connected connected) => Flow.Factory.WithDbAsync(db =>
        db.Connections.Where(c => c.Id == connected.ConnectionId).Select(c => c.ProtectedRefreshToken).SingleAsync());
}
