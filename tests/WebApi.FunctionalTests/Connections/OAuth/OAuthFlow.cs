using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Partner.WebApi.FunctionalTests.Fakes;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Connections.OAuth;

/// <summary>
/// A host whose PartnerConfig uses OAuth U2M, the fake workspace it authorizes against, and the steps of the flow as a
/// browser takes them (cookies kept, redirects not followed): connect, the landing page's Authorize link, Databricks'
/// consent, the callback.
/// </summary>
public sealed partial class OAuthFlow : IAsyncDisposable
{
    private OAuthFlow(PartnerApiFactory factory, FakeDatabricksWorkspace workspace, ShiftedTime time)
    {
        Factory = factory;
        Workspace = workspace;
        Time = time;
        Databricks = factory.CreateDatabricksClient();
        Admin = factory.CreateAdminClient();
    }

    public PartnerApiFactory Factory { get; }

    public FakeDatabricksWorkspace Workspace { get; }

    /// <summary>The app's clock.</summary>
    public ShiftedTime Time { get; }

    public HttpClient Databricks { get; }

    public HttpClient Admin { get; }

    /// <param name="authOptions">The PartnerConfig's auth_options.</param>
    /// <param name="publishedApp">is_published_app, with the fake's published app as Databricks:OAuth:PublishedAppClientId.</param>
    public static async Task<OAuthFlow> StartAsync(Provider provider, string[]? authOptions = null, bool publishedApp = false,
        IDictionary<string, string?>? settings = null, bool captureLogs = false, TestDatabase? sharedDatabase = null, FakeDatabricksWorkspace? workspace = null,
        Action<IServiceCollection>? testServices = null)
    {
        workspace ??= await FakeDatabricksWorkspace.StartAsync();
        var time = new ShiftedTime();
        var all = new Dictionary<string, string?>
        {
            ["Databricks:AllowInsecureHttp"] = "true",
            ["Databricks:Timeout"] = "00:00:02",
            ["Databricks:OAuth:PublishedAppClientId"] = publishedApp ? FakeDatabricksWorkspace.PublishedAppId : null,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new PartnerApiFactory(all, config =>
        {
            config["auth_options"] = new JsonArray([.. (authOptions ?? ["AUTH_OAUTH_U2M"]).Select(o => JsonValue.Create(o))]);
            config["is_published_app"] = publishedApp;
        }, captureLogs, provider, sharedDatabase, services =>
        {
            services.AddSingleton<TimeProvider>(time);
            testServices?.Invoke(services);
        });
        return new OAuthFlow(factory, workspace, time);
    }

    /// <summary>A browser: keeps cookies, does not follow redirects.</summary>
    public HttpClient Browser() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A first connect of a new workspace on the fake workspace, with what Databricks sends under <paramref name="auth"/>.</summary>
    public async Task<Connected> ConnectAsync(DatabricksAuth auth = DatabricksAuth.OAuthU2M, string? workspaceUrl = null)
    {
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var body = DatabricksRequests.Connect($"admin@{DatabricksRequests.NewTestDomain()}", workspaceId, auth: auth);
        body["workspace_url"] = $"{workspaceUrl ?? Workspace.BaseUrl}/?o={workspaceId}";
        if (auth == DatabricksAuth.OAuthM2M)
        {
            body["service_principal_id"] = FakeDatabricksWorkspace.ClientId;
            body["service_principal_oauth_secret"] = FakeDatabricksWorkspace.ClientSecret;
        }
        else if (auth is DatabricksAuth.Pat or DatabricksAuth.PatAndU2M)
        {
            body["user_info"]!["auth"]!["personal_access_token"] = FakeDatabricksWorkspace.Token;
        }

        var (response, json) = await Databricks.ConnectAsync(body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        return new Connected(Guid.Parse(json["connection_id"]!.GetValue<string>()), workspaceId, new Uri(json["redirect_uri"]!.GetValue<string>()), json);
    }

    /// <summary>The landing page's HTML for the connect's redirect_uri.</summary>
    public static async Task<string> LandingAsync(HttpClient browser, Connected connected)
    {
        var page = await browser.GetStringAsync(connected.RedirectUri.PathAndQuery);
        return WebUtility.HtmlDecode(page);
    }

    /// <summary>The landing page's Authorize Databricks link of the connection.</summary>
    public static async Task<string> AuthorizeLinkAsync(HttpClient browser, Connected connected)
    {
        var page = await LandingAsync(browser, connected);
        var link = AuthorizeLink().Matches(page).Select(m => m.Groups[1].Value).SingleOrDefault(l => l.Contains(connected.ConnectionId.ToString(), StringComparison.Ordinal));
        Assert.That(link, Is.Not.Null, "the landing page offers Authorize Databricks for the connection");
        return link!;
    }

    /// <summary>Authorize Databricks: /oauth/authorize's redirect to Databricks.</summary>
    public static async Task<Uri> AuthorizeAsync(HttpClient browser, Connected connected)
    {
        using var response = await browser.GetAsync(await AuthorizeLinkAsync(browser, connected));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        return response.Headers.Location!;
    }

    /// <summary>Databricks' redirect back, followed: the callback page's status and text.</summary>
    public static async Task<(HttpStatusCode Status, string Text)> CallbackAsync(HttpClient browser, Uri callback)
    {
        using var response = await browser.GetAsync(callback.PathAndQuery);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"), html);
        return (response.StatusCode, WebUtility.HtmlDecode(Tags().Replace(html, " ")));
    }

    /// <summary>The whole flow in one browser, consent given: the callback page.</summary>
    public async Task<(HttpStatusCode Status, string Text)> AuthorizeAndConsentAsync(Connected connected)
    {
        using var browser = Browser();
        var authorize = await AuthorizeAsync(browser, connected);
        return await CallbackAsync(browser, await Workspace.ConsentAsync(authorize));
    }

    /// <summary>POST /admin/connections/{id}/access-token.</summary>
    public Task<(HttpResponseMessage Response, JsonObject Json)> AccessTokenAsync(Guid connectionId, HttpClient? admin = null, JsonObject? body = null) =>
        (admin ?? Admin).SendJsonAsync(HttpMethod.Post, $"/admin/connections/{connectionId}/access-token", body);

    public async ValueTask DisposeAsync()
    {
        Databricks.Dispose();
        Admin.Dispose();
        await Factory.DisposeAsync();
    }

    [GeneratedRegex("href=\"(/oauth/authorize\\?[^\"]+)\"")]
    private static partial Regex AuthorizeLink();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}

/// <summary>A connect's answer: the new connection and its landing page.</summary>
public sealed record Connected(Guid ConnectionId, long WorkspaceId, Uri RedirectUri, JsonObject Answer);
