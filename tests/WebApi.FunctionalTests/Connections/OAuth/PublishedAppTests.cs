using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Partner.WebApi.FunctionalTests.Fakes;

namespace Partner.WebApi.FunctionalTests.Connections.OAuth;

/// <summary>
/// docs/contracts/databricks-partner-connect.md "OAuth U2M", published app: one app registered with Databricks
/// (Databricks:OAuth:PublishedAppClientId); the connect carries no app id and answers no oauth_redirect_uri.
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
[NonParallelizable]
public sealed class PublishedAppTests(Provider provider) : OAuthFixture
{
    protected override Task<OAuthFlow> StartFlowAsync() => OAuthFlow.StartAsync(provider, ["AUTH_OAUTH_U2M"], publishedApp: true);

    [Test]
    public async Task PublishedApp_ConnectWithoutAppId_AuthorizesWithThePublishedClient_AndEndsWithAToken()
    {
        var connected = await Flow.ConnectAsync(DatabricksAuth.OAuthU2MPublishedApp);
        using var browser = Flow.Browser();

        var authorize = await OAuthFlow.AuthorizeAsync(browser, connected);
        var (status, text) = await OAuthFlow.CallbackAsync(browser, await Flow.Workspace.ConsentAsync(authorize));
        var (response, token) = await Flow.AccessTokenAsync(connected.ConnectionId);

        Assert.Multiple(() =>
        {
            // contract: oauth_redirect_uri only "when [...] is_published_app is false or null".
            Assert.That(connected.Answer.ContainsKey("oauth_redirect_uri"), Is.False);
            Assert.That(QueryHelpers.ParseQuery(authorize.Query)["client_id"].ToString(), Is.EqualTo(FakeDatabricksWorkspace.PublishedAppId));
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK), text);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), token.ToJsonString());
            Assert.That(token["auth_type"]?.GetValue<string>(), Is.EqualTo("oauth_u2m"));
            Assert.That(Flow.Workspace.Accepts(token["access_token"]!.GetValue<string>()), Is.True);
        });
    }
}
