using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Partner.WebApi.FunctionalTests.Connections.TestConnection;
using Partner.WebApi.FunctionalTests.Fakes;

namespace Partner.WebApi.FunctionalTests.Connections.OAuth;

/// <summary>
/// docs/contracts/databricks-partner-connect.md "OAuth U2M": a connect under AUTH_OAUTH_U2M waits for a user's
/// authorization; the landing page's Authorize Databricks runs the authorization code flow with PKCE against a fake
/// Databricks; every failure answers a clear page, stores no credential, and is never a 500.
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
[NonParallelizable]
public sealed class U2MAuthorizationTests(Provider provider) : OAuthFixture
{
    protected override Task<OAuthFlow> StartFlowAsync() => OAuthFlow.StartAsync(provider);

    [Test]
    public async Task U2MConnect_WithNeitherPatNorSecret_IsAccepted_AndWaitsForAnAuthorization()
    {
        var connected = await Flow.ConnectAsync();

        var stored = await StoredAsync(connected.ConnectionId);
        using var browser = Flow.Browser();
        var landing = await OAuthFlow.LandingAsync(browser, connected);
        var (tokenResponse, token) = await Flow.AccessTokenAsync(connected.ConnectionId);
        Assert.Multiple(() =>
        {
            // contract: oauth_redirect_uri with AUTH_OAUTH_U2M and no published app.
            Assert.That(connected.Answer["oauth_redirect_uri"]?.GetValue<string>(), Is.EqualTo($"{Flow.Factory.BaseUrl}/oauth/callback"));
            Assert.That(stored.ProtectedPersonalAccessToken, Is.Null);
            Assert.That(stored.ProtectedOAuthSecret, Is.Null);
            Assert.That(stored.ProtectedRefreshToken, Is.Null);
            Assert.That(stored.OAuthU2mAppId, Is.EqualTo(FakeDatabricksWorkspace.U2MAppId));
            Assert.That(landing, Does.Contain("Not authorized yet").And.Contain("Authorize Databricks"));
            Assert.That((int)tokenResponse.StatusCode, Is.EqualTo(409), token.ToJsonString());
            Assert.That(token["error_reason"]?.GetValue<string>(), Is.EqualTo("authorization_required"));
            Assert.That(token["authorization_url"]?.GetValue<string>(), Does.StartWith($"{Flow.Factory.BaseUrl}/sign-in?token="));
        });
    }

    [Test]
    public async Task Authorize_RedirectsToTheWorkspaceAuthorizeEndpoint_WithPkceS256AndAState()
    {
        var connected = await Flow.ConnectAsync();
        using var browser = Flow.Browser();

        var authorize = await OAuthFlow.AuthorizeAsync(browser, connected);

        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Multiple(async () =>
        {
            Assert.That(authorize.GetLeftPart(UriPartial.Path), Is.EqualTo($"{Workspace.BaseUrl}/oidc/v1/authorize"));
            Assert.That(query["client_id"].ToString(), Is.EqualTo(FakeDatabricksWorkspace.U2MAppId));
            Assert.That(query["redirect_uri"].ToString(), Is.EqualTo($"{Flow.Factory.BaseUrl}/oauth/callback"));
            Assert.That(query["response_type"].ToString(), Is.EqualTo("code"));
            Assert.That(query["scope"].ToString(), Is.EqualTo("all-apis offline_access"));
            Assert.That(query["code_challenge_method"].ToString(), Is.EqualTo("S256"));
            Assert.That(query["code_challenge"].ToString(), Has.Length.EqualTo(43), "BASE64URL(SHA-256)");
            Assert.That(query["state"].ToString(), Has.Length.GreaterThanOrEqualTo(43));
            var started = await Flow.Factory.WithDbAsync(db => db.OAuthAuthorizations.AsNoTracking().SingleAsync(a => a.ConnectionId == connected.ConnectionId));
            Assert.That(started.StateHash, Is.Not.EqualTo(query["state"].ToString()), "only the state's hash is kept");
            Assert.That(started.ProtectedCodeVerifier, Does.Not.Contain(query["code_challenge"].ToString()));
        });
    }

    [Test]
    public async Task AuthorizeAndConsent_KeepsTheRefreshTokenEncrypted_AndTheConnectionWorksAsTheUser()
    {
        var connected = await Flow.ConnectAsync();

        var (status, text) = await Flow.AuthorizeAndConsentAsync(connected);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), text);
        Assert.That(text, Does.Contain("Databricks authorized").And.Contain("Back to your account"));
        var stored = await StoredAsync(connected.ConnectionId);
        var redeem = Workspace.Requests.Single(r => r.Path == "/oidc/v1/token");
        Assert.Multiple(() =>
        {
            Assert.That(stored.ProtectedRefreshToken, Is.Not.Null.And.Not.Contains("fake-u2m-refresh"), "encrypted at rest");
            Assert.That(stored.AuthorizedAt, Is.Not.Null);
            Assert.That(redeem.Body, Does.Contain("grant_type=authorization_code").And.Contain("code_verifier=")
                .And.Contain($"client_id={FakeDatabricksWorkspace.U2MAppId}"));
            Assert.That(redeem.Authorization, Is.Null, "a public client: no secret");
        });

        var (response, token) = await Flow.AccessTokenAsync(connected.ConnectionId);
        var results = (await Flow.Databricks.TestConnectionAsync(connected.ConnectionId.ToString(), connected.WorkspaceId)).Results();
        using var browser = Flow.Browser();
        var landing = await OAuthFlow.LandingAsync(browser, connected);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), token.ToJsonString());
            Assert.That(token["auth_type"]?.GetValue<string>(), Is.EqualTo("oauth_u2m"));
            Assert.That(token["token_type"]?.GetValue<string>(), Is.EqualTo("Bearer"));
            Assert.That(token["expires_in"]?.GetValue<int>(), Is.InRange(3500, 3600));
            Assert.That(Workspace.Accepts(token["access_token"]!.GetValue<string>()), Is.True, "the fake workspace accepts the token");
            Assert.That(token.ContainsKey("refresh_token"), Is.False);
            Assert.That(results["Authentication"], Is.EqualTo(("SUCCESS", "The workspace accepted the OAuth U2M authorization.")));
            Assert.That(landing, Does.Contain("Authorized").And.Contain("Authorize again").And.Not.Contain("Not authorized yet"));
        });
    }

    [Test]
    public async Task TestConnection_BeforeTheAuthorization_SaysNotAuthorizedYet()
    {
        var connected = await Flow.ConnectAsync();

        var results = (await Flow.Databricks.TestConnectionAsync(connected.ConnectionId.ToString(), connected.WorkspaceId)).Results();

        Assert.Multiple(() =>
        {
            Assert.That(results["Connectivity"].Status, Is.EqualTo("SUCCESS"));
            Assert.That(results["Authentication"].Status, Is.EqualTo("FAILED"));
            Assert.That(results["Authentication"].Message, Does.StartWith("Not authorized yet"));
            Assert.That(Workspace.Requests.Where(r => r.Path.StartsWith("/api/", StringComparison.Ordinal)), Is.Empty, "no call without a credential");
        });
    }

    [Test]
    public async Task UserDeniesConsent_AccessDenied_ClearPage_NothingStored()
    {
        var connected = await Flow.ConnectAsync();
        using var browser = Flow.Browser();
        var authorize = await OAuthFlow.AuthorizeAsync(browser, connected);

        var (status, text) = await OAuthFlow.CallbackAsync(browser, await Workspace.ConsentAsync(authorize, allow: false));

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(text, Does.Contain("You did not allow").And.Contain("nothing was stored").And.Contain("Back to your account"));
        await AssertNothingStoredAsync(connected);
    }

    [TestCase("", TestName = "Callback_WithoutState_ClearPage_NothingStored")]
    [TestCase("?state=never-issued&code=abc", TestName = "Callback_UnknownState_ClearPage_NothingStored")]
    [TestCase("?code=abc", TestName = "Callback_CodeWithoutState_ClearPage_NothingStored")]
    public async Task Callback_StateNotStartedHere_ClearPage_NothingStored(string query)
    {
        using var browser = Flow.Browser();

        var (status, text) = await OAuthFlow.CallbackAsync(browser, new Uri($"http://localhost/oauth/callback{query}"));

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(text, Does.Contain("not one").And.Contain("Nothing was stored"));
        Assert.That(Workspace.Requests.Where(r => r.Path == "/oidc/v1/token"), Is.Empty, "no code redeemed");
    }

    [Test]
    public async Task ReplayedState_SecondCallbackIsRefused_AndChangesNothing()
    {
        var connected = await Flow.ConnectAsync();
        using var browser = Flow.Browser();
        var callback = await Workspace.ConsentAsync(await OAuthFlow.AuthorizeAsync(browser, connected));
        var (first, _) = await OAuthFlow.CallbackAsync(browser, callback);
        var before = await StoredAsync(connected.ConnectionId);

        var (status, text) = await OAuthFlow.CallbackAsync(browser, callback);

        var after = await StoredAsync(connected.ConnectionId);
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(text, Does.Contain("completed already"));
            Assert.That(after.ProtectedRefreshToken, Is.EqualTo(before.ProtectedRefreshToken));
            Assert.That(Workspace.Requests.Count(r => r.Path == "/oidc/v1/token"), Is.EqualTo(1), "the code is redeemed once");
        });
    }

    [Test]
    public async Task ExpiredState_ClearPage_NothingStored()
    {
        var connected = await Flow.ConnectAsync();
        using var browser = Flow.Browser();
        var callback = await Workspace.ConsentAsync(await OAuthFlow.AuthorizeAsync(browser, connected));
        Flow.Time.Offset = TimeSpan.FromMinutes(11); // Databricks:OAuth:StateLifetime is 10 minutes

        var (status, text) = await OAuthFlow.CallbackAsync(browser, callback);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(text, Does.Contain("has expired").And.Contain("Nothing was stored"));
        await AssertNothingStoredAsync(connected);
    }

    [Test]
    public async Task CallbackInAnotherBrowser_IsRefused_AndTheStartingBrowserCanStillFinish()
    {
        var connected = await Flow.ConnectAsync();
        using var browser = Flow.Browser();
        var callback = await Workspace.ConsentAsync(await OAuthFlow.AuthorizeAsync(browser, connected));
        using var other = Flow.Browser();

        var (status, text) = await OAuthFlow.CallbackAsync(other, callback);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(text, Does.Contain("another browser").And.Contain("nothing was stored"));
        await AssertNothingStoredAsync(connected);
        var (finished, _) = await OAuthFlow.CallbackAsync(browser, callback);
        Assert.That(finished, Is.EqualTo(HttpStatusCode.OK), "the state was not consumed by the other browser");
    }

    [TestCase(400, "invalid_grant", TestName = "TokenEndpointAnswers400_ClearPage_NothingStored")]
    [TestCase(503, "TEMPORARILY_UNAVAILABLE", TestName = "TokenEndpointAnswers503_ClearPage_NothingStored")]
    public async Task TokenEndpointRefuses_ClearPage_NothingStored(int status, string error)
    {
        var connected = await Flow.ConnectAsync();
        using var browser = Flow.Browser();
        var callback = await Workspace.ConsentAsync(await OAuthFlow.AuthorizeAsync(browser, connected));
        Workspace.FailNext("POST", "/oidc/v1/token", status, error, "The code was refused. secret-looking-free-text");

        var (answered, text) = await OAuthFlow.CallbackAsync(browser, callback);

        Assert.That(answered, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(text, Does.Contain($"Databricks refused to complete the authorization (HTTP {status} {error})").And.Contain("Nothing was stored")
            .And.Not.Contain("secret-looking-free-text"));
        await AssertNothingStoredAsync(connected);
    }

    [Test]
    public async Task TokenEndpointTimesOut_ClearPage_NothingStored()
    {
        var connected = await Flow.ConnectAsync();
        using var browser = Flow.Browser();
        var callback = await Workspace.ConsentAsync(await OAuthFlow.AuthorizeAsync(browser, connected));
        Workspace.TokenDelay = TimeSpan.FromSeconds(5); // Databricks:Timeout is 2 s

        var (status, text) = await OAuthFlow.CallbackAsync(browser, callback);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(text, Does.Contain("could not be reached").And.Contain("no answer within 2 s"));
        await AssertNothingStoredAsync(connected);
    }

    [Test]
    public async Task NoRefreshTokenGranted_ClearPage_NothingStored()
    {
        var connected = await Flow.ConnectAsync();
        using var browser = Flow.Browser();
        var callback = await Workspace.ConsentAsync(await OAuthFlow.AuthorizeAsync(browser, connected));
        Workspace.GrantsRefreshTokens = false;

        var (status, text) = await OAuthFlow.CallbackAsync(browser, callback);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(text, Does.Contain("no refresh token").And.Contain("offline_access"));
        await AssertNothingStoredAsync(connected);
    }

    [Test]
    public async Task WorkspaceOffTheAllowList_AuthorizeIsRefused_NothingStarted()
    {
        // 127.0.0.2 is loopback but not on Databricks:WorkspaceHosts (the test host allows 127.0.0.1).
        var connected = await Flow.ConnectAsync(workspaceUrl: Workspace.BaseUrl.Replace("127.0.0.1", "127.0.0.2", StringComparison.Ordinal));
        using var browser = Flow.Browser();

        using var response = await browser.GetAsync(await OAuthFlow.AuthorizeLinkAsync(browser, connected));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var started = await Flow.Factory.WithDbAsync(db => db.OAuthAuthorizations.CountAsync(a => a.ConnectionId == connected.ConnectionId));
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(html, Does.Contain("not on the allow-list Databricks:WorkspaceHosts"));
            Assert.That(started, Is.Zero);
        });
    }

    [Test]
    public async Task ConnectionDeletedBeforeTheCallback_ClearPage_CodeNotRedeemed()
    {
        var connected = await Flow.ConnectAsync();
        using var browser = Flow.Browser();
        var callback = await Workspace.ConsentAsync(await OAuthFlow.AuthorizeAsync(browser, connected));
        await Flow.Databricks.DeleteConnectionAsync(connected.ConnectionId.ToString(), connected.WorkspaceId);

        var (status, text) = await OAuthFlow.CallbackAsync(browser, callback);

        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(text, Does.Contain("was deleted"));
        Assert.That(Workspace.Requests.Where(r => r.Path == "/oidc/v1/token"), Is.Empty);
    }

    [Test]
    public async Task Authorize_WithAnotherVisitsConnection_IsRefused()
    {
        var mine = await Flow.ConnectAsync();
        var theirs = await Flow.ConnectAsync();
        using var browser = Flow.Browser();
        var link = await OAuthFlow.AuthorizeLinkAsync(browser, mine);

        using var response = await browser.GetAsync(link.Replace(mine.ConnectionId.ToString(), theirs.ConnectionId.ToString(), StringComparison.Ordinal));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("not one of this workspace"));
    }

    [Test]
    public async Task HandOffToThePartnersApp_CarriesTheAuthorizeLink_WhichStartsTheFlow()
    {
        await using var handedOff = await OAuthFlow.StartAsync(provider, settings: new Dictionary<string, string?>
        {
            ["Landing:HandOffUrl"] = "https://app.partner.example/databricks",
            ["Landing:HandOffSecret"] = "hand-off-secret-0123456789abcdef0123",
        }, workspace: Workspace);
        var connected = await handedOff.ConnectAsync();
        using var browser = handedOff.Browser();

        using var landing = await browser.GetAsync(connected.RedirectUri.PathAndQuery);
        var visit = QueryHelpers.ParseQuery(landing.Headers.Location!.Query)["visit"].ToString();
        var authorizeUrl = JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(visit))!["authorize_url"]!.GetValue<string>();
        using var authorize = await browser.GetAsync(new Uri(authorizeUrl).PathAndQuery);

        Assert.Multiple(() =>
        {
            Assert.That(landing.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
            Assert.That(authorizeUrl, Does.StartWith($"{handedOff.Factory.BaseUrl}/oauth/authorize?token=").And.Contain(connected.ConnectionId.ToString()));
            Assert.That(authorize.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(authorize.Headers.Location!.AbsolutePath, Is.EqualTo("/oidc/v1/authorize"));
        });
    }

    private Task<Domain.DatabricksPartnerConnect.Connections.Connection> StoredAsync(Guid connectionId) =>
        Flow.Factory.WithDbAsync(db => db.Connections.AsNoTracking().SingleAsync(c => c.Id == connectionId));

    private async Task AssertNothingStoredAsync(Connected connected)
    {
        var stored = await StoredAsync(connected.ConnectionId);
        Assert.Multiple(() =>
        {
            Assert.That(stored.ProtectedRefreshToken, Is.Null);
            Assert.That(stored.ProtectedAccessToken, Is.Null);
            Assert.That(stored.AuthorizedAt, Is.Null);
        });
    }
}
