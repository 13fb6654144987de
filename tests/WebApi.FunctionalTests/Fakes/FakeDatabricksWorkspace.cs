using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Partner.WebApi.FunctionalTests.Fakes;

/// <summary>
/// A local fake Databricks workspace: Kestrel on 127.0.0.1 over plain http (tests set Databricks:AllowInsecureHttp).
/// It records every request and answers the self-testing partner API, the Secrets API, SCIM Me, SQL warehouses,
/// clusters and the OIDC endpoints like Databricks, errors as {"error_code", "message"}. Failures can be scripted.
/// OIDC: client_credentials for the service principal (M2M); for the U2M apps (<see cref="U2MAppId"/>,
/// <see cref="PublishedAppId"/>) an authorize endpoint with a consent page (Allow / Deny) that redirects back with a
/// single-use code, and a token endpoint that checks the PKCE verifier, the client id and the redirect_uri, and rotates
/// refresh tokens (a used one is refused with invalid_grant). Tokens it issued open its APIs.
/// </summary>
public sealed class FakeDatabricksWorkspace : IAsyncDisposable
{
    public const string Token = "dapi-fake-workspace-token-8c1f0e2d";
    public const string PartnerId = "363E6E44B000020";
    public const string WarehouseId = "0222-185802-deny427";
    public const string ClusterId = "0301-101010-abcd1234";
    public const string ClientId = "4a1c9a5e-5f7b-4c7e-9a53-0c4f8c6f2b11";
    public const string ClientSecret = "dose-fake-oauth-secret-77f3";
    public const string OAuthAccessToken = "fake-oauth-access-token-1b2c";
    /// <summary>The OAuth app Partner Connect creates in a workspace (the connect request's oauth_u2m_app_id).</summary>
    public const string U2MAppId = "782b7906-20c4-4c12-8850-b26b77d125f5";
    /// <summary>The partner's published OAuth app.</summary>
    public const string PublishedAppId = "partner-published-app-0c1d";
    private const string ConsentPath = "/oidc/v1/authorize/consent";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<ScriptedFailure> _failures = new();
    private readonly Lock _state = new();
    private readonly HashSet<string> _scopes = [];
    private readonly Dictionary<(string Scope, string Key), string> _secrets = [];
    private (string Id, string Name)? _partner;
    private readonly Dictionary<string, AuthorizeRequest> _consents = [];
    private readonly Dictionary<string, AuthorizeRequest> _codes = [];
    private readonly Dictionary<string, string> _refreshTokens = [];
    private readonly HashSet<string> _usedRefreshTokens = [];
    private readonly HashSet<string> _accessTokens = [];
    private int _refreshes;
    private int _concurrentApi;
    private int _maxConcurrentApi;
    private int _clientCredentials;

    private FakeDatabricksWorkspace(WebApplication app) => _app = app;

    /// <summary>Base URL, without a trailing slash, e.g. http://127.0.0.1:43210.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>How long the token endpoint waits before it answers (to make concurrent requests overlap, or time out).</summary>
    public TimeSpan TokenDelay { get; set; }

    /// <summary>How long its REST API (/api/...) takes to answer.</summary>
    public TimeSpan ApiDelay { get; set; }

    /// <summary>The most REST API requests it has had in flight at once.</summary>
    public int MaxConcurrentApiRequests => _maxConcurrentApi;

    /// <summary>expires_in of the U2M tokens it issues.</summary>
    public int U2MTokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>Whether the code grant answers a refresh token (a U2M app without offline_access gets none).</summary>
    public bool GrantsRefreshTokens { get; set; } = true;

    /// <summary>Refresh-token grants answered with new tokens.</summary>
    public int Refreshes
    {
        get
        {
            lock (_state)
            {
                return _refreshes;
            }
        }
    }

    /// <summary>client_credentials grants answered with a token.</summary>
    public int ClientCredentialGrants
    {
        get
        {
            lock (_state)
            {
                return _clientCredentials;
            }
        }
    }

    /// <summary>Whether the workspace accepts <paramref name="accessToken"/> (a PAT or a token it issued).</summary>
    public bool Accepts(string accessToken)
    {
        lock (_state)
        {
            return accessToken is Token or OAuthAccessToken || _accessTokens.Contains(accessToken);
        }
    }

    /// <summary>Revokes every U2M grant, as a user removing the app would: the refresh tokens stop working.</summary>
    public void RevokeRefreshTokens()
    {
        lock (_state)
        {
            _usedRefreshTokens.UnionWith(_refreshTokens.Keys);
        }
    }

    /// <summary>
    /// What a browser does at Databricks with a URL of /oauth/authorize's redirect: opens the consent page and chooses
    /// Allow (or Deny). Returns where Databricks sends the browser back: redirect_uri with code and state, or an error.
    /// </summary>
    public async Task<Uri> ConsentAsync(Uri authorizeUrl, bool allow = true)
    {
        ArgumentNullException.ThrowIfNull(authorizeUrl);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var page = await http.GetAsync(authorizeUrl);
        var html = await page.Content.ReadAsStringAsync();
        if (page.StatusCode != System.Net.HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The authorize endpoint answered {(int)page.StatusCode}: {html}");
        }

        var request = System.Text.RegularExpressions.Regex.Match(html, "name=\"request\" value=\"([^\"]+)\"").Groups[1].Value;
        using var decision = await http.PostAsync(new Uri(authorizeUrl, ConsentPath),
            new FormUrlEncodedContent([new("request", request), new("decision", allow ? "allow" : "deny")]));
        return decision.Headers.Location ?? throw new InvalidOperationException($"The consent answered {(int)decision.StatusCode} without a redirect.");
    }

    public static async Task<FakeDatabricksWorkspace> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDatabricksWorkspace(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Urls.Single().TrimEnd('/');
        return fake;
    }

    /// <summary>The next <paramref name="times"/> requests of <paramref name="method"/> to <paramref name="path"/> fail so.</summary>
    public void FailNext(string method, string path, int status, string errorCode, string message, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _failures.Enqueue(new ScriptedFailure(method, path, status, errorCode, message));
        }
    }

    /// <summary>The next request of <paramref name="method"/> to <paramref name="path"/> is answered 302 to <paramref name="location"/>.</summary>
    public void RedirectNext(string method, string path, string location) =>
        _failures.Enqueue(new ScriptedFailure(method, path, 302, "REDIRECTED", "See elsewhere.", location));

    public string? Secret(string scope, string key)
    {
        lock (_state)
        {
            return _secrets.GetValueOrDefault((scope, key));
        }
    }

    /// <summary>Forgets requests, scripted failures and state.</summary>
    public void Reset()
    {
        _requests.Clear();
        _failures.Clear();
        lock (_state)
        {
            _scopes.Clear();
            _secrets.Clear();
            _partner = null;
            _consents.Clear();
            _codes.Clear();
            _refreshTokens.Clear();
            _usedRefreshTokens.Clear();
            _accessTokens.Clear();
            _refreshes = 0;
            _clientCredentials = 0;
        }

        TokenDelay = TimeSpan.Zero;
        ApiDelay = TimeSpan.Zero;
        _maxConcurrentApi = 0;
        U2MTokenLifetimeSeconds = 3600;
        GrantsRefreshTokens = true;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }

        var recorded = new RecordedRequest(request.Method, request.Path.Value ?? string.Empty, request.QueryString.Value ?? string.Empty,
            request.Headers.Authorization.FirstOrDefault(), body);
        _requests.Enqueue(recorded);
        if (recorded.Path == "/oidc/v1/token" && TokenDelay > TimeSpan.Zero)
        {
            await Task.Delay(TokenDelay, context.RequestAborted);
        }

        if (recorded.Path.StartsWith("/api/", StringComparison.Ordinal))
        {
            var now = Interlocked.Increment(ref _concurrentApi);
            InterlockedMax(ref _maxConcurrentApi, now);
            try
            {
                await Task.Delay(ApiDelay, context.RequestAborted);
            }
            finally
            {
                Interlocked.Decrement(ref _concurrentApi);
            }
        }

        if (recorded.Path == "/oidc/v1/authorize" || recorded.Path == ConsentPath)
        {
            await AuthorizeAsync(context, recorded);
            return;
        }

        if (_failures.TryPeek(out var failure) && failure.Method == recorded.Method && failure.Path == recorded.Path
            && _failures.TryDequeue(out failure))
        {
            if (failure.Location is not null)
            {
                context.Response.Headers.Location = failure.Location;
            }

            await WriteAsync(context, failure.Status, Error(failure.ErrorCode, failure.Message));
            return;
        }

        var (status, answer) = Answer(recorded, request.Query["cluster_id"].FirstOrDefault());
        await WriteAsync(context, status, answer);
    }

    private (int Status, JsonObject Body) Answer(RecordedRequest request, string? clusterIdQuery)
    {
        if (request.Path == "/oidc/v1/token")
        {
            return TokenGrant(request);
        }

        if (request.Authorization is not { } authorization || !authorization.StartsWith("Bearer ", StringComparison.Ordinal)
            || !Accepts(authorization["Bearer ".Length..]))
        {
            return (401, Error("UNAUTHENTICATED", "Invalid access token."));
        }

        const string selfTest = "/api/2.0/partnerhub/self-test-partners/";
        lock (_state)
        {
            switch (request.Method, request.Path)
            {
                case ("POST", selfTest + "create/"):
                    if (_partner is not null)
                    {
                        return (400, Error("RESOURCE_ALREADY_EXISTS", "A self-testing partner already exists in this workspace."));
                    }

                    _partner = (PartnerId, request.Json["partner"]?["name"]?.GetValue<string>() ?? "?");
                    return (200, new JsonObject { ["id"] = PartnerId });
                case ("GET", selfTest + "get/"):
                    // Databricks leaves the key out when there is no partner.
                    return (200, _partner is { } p
                        ? new JsonObject { ["partners"] = new JsonArray(new JsonObject { ["id"] = p.Id, ["name"] = p.Name }) }
                        : []);
                case ("PUT", var path) when path.StartsWith(selfTest + "update/", StringComparison.Ordinal):
                    return _partner?.Id == path[(selfTest.Length + "update/".Length)..] ? (200, []) : (404, Error("RESOURCE_DOES_NOT_EXIST", "No such partner."));
                case ("DELETE", var path) when path.StartsWith(selfTest + "delete/", StringComparison.Ordinal):
                    if (_partner?.Id != path[(selfTest.Length + "delete/".Length)..])
                    {
                        return (404, Error("RESOURCE_DOES_NOT_EXIST", "No such partner."));
                    }

                    _partner = null;
                    return (200, []);
                case ("POST", "/api/2.0/secrets/scopes/create"):
                    var scope = request.Json["scope"]!.GetValue<string>();
                    return _scopes.Add(scope) ? (200, []) : (400, Error("RESOURCE_ALREADY_EXISTS", $"Scope {scope} already exists!"));
                case ("POST", "/api/2.0/secrets/put"):
                    var json = request.Json;
                    var putScope = json["scope"]!.GetValue<string>();
                    if (!_scopes.Contains(putScope))
                    {
                        return (404, Error("RESOURCE_DOES_NOT_EXIST", $"Scope {putScope} does not exist!"));
                    }

                    _secrets[(putScope, json["key"]!.GetValue<string>())] = json["string_value"]!.GetValue<string>();
                    return (200, []);
                case ("GET", "/api/2.0/preview/scim/v2/Me"):
                    return (200, new JsonObject { ["userName"] = "partner-bot@databricks-test.com", ["active"] = true });
                case ("GET", "/api/2.0/sql/warehouses/" + WarehouseId):
                    return (200, new JsonObject { ["id"] = WarehouseId, ["name"] = "Starter Warehouse", ["state"] = "RUNNING" });
                case ("GET", var path) when path.StartsWith("/api/2.0/sql/warehouses/", StringComparison.Ordinal):
                    return (404, Error("RESOURCE_DOES_NOT_EXIST", $"Warehouse {path["/api/2.0/sql/warehouses/".Length..]} does not exist."));
                case ("GET", "/api/2.0/clusters/get"):
                    return clusterIdQuery == ClusterId
                        ? (200, new JsonObject { ["cluster_id"] = ClusterId, ["cluster_name"] = "interactive", ["state"] = "TERMINATED" })
                        : (400, Error("INVALID_PARAMETER_VALUE", $"Cluster {clusterIdQuery} does not exist"));
                default:
                    return (404, Error("ENDPOINT_NOT_FOUND", $"No API found for '{request.Method} {request.Path}'"));
            }
        }
    }

    private (int Status, JsonObject Body) TokenGrant(RecordedRequest request)
    {
        var form = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(request.Body);
        string Field(string name) => form.TryGetValue(name, out var value) ? value.ToString() : string.Empty;
        lock (_state)
        {
            switch (Field("grant_type"))
            {
                case "client_credentials":
                    var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));
                    if (request.Authorization != basic)
                    {
                        return (401, OAuthError("invalid_client", "Client authentication failed"));
                    }

                    _clientCredentials++;
                    return (200, new JsonObject { ["access_token"] = OAuthAccessToken, ["token_type"] = "Bearer", ["expires_in"] = 3600 });
                case "authorization_code":
                    // Single use: a code is forgotten the moment it is presented, whatever follows.
                    if (!_codes.Remove(Field("code"), out var granted))
                    {
                        return (400, OAuthError("invalid_grant", "Authorization code is invalid or was used."));
                    }

                    if (granted.ClientId != Field("client_id") || granted.RedirectUri != Field("redirect_uri"))
                    {
                        return (400, OAuthError("invalid_grant", "client_id or redirect_uri does not match the authorization request."));
                    }

                    var challenge = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.ASCII.GetBytes(Field("code_verifier"))))
                        .TrimEnd('=').Replace('+', '-').Replace('/', '_');
                    return challenge == granted.CodeChallenge
                        ? (200, IssueUserTokens(granted.ClientId, GrantsRefreshTokens))
                        : (400, OAuthError("invalid_grant", "PKCE verification failed."));
                case "refresh_token":
                    var refreshToken = Field("refresh_token");
                    if (!_refreshTokens.TryGetValue(refreshToken, out var client) || client != Field("client_id") || !_usedRefreshTokens.Add(refreshToken))
                    {
                        return (400, OAuthError("invalid_grant", "Refresh token is invalid, revoked or was used."));
                    }

                    _refreshes++;
                    return (200, IssueUserTokens(client, rotate: true));
                default:
                    return (400, OAuthError("unsupported_grant_type", "Unsupported grant type."));
            }
        }
    }

    /// <summary>A new access token (and refresh token) of a U2M client; called under the state lock.</summary>
    private JsonObject IssueUserTokens(string clientId, bool rotate)
    {
        var access = $"fake-u2m-access-{Guid.NewGuid():N}";
        _accessTokens.Add(access);
        var answer = new JsonObject { ["access_token"] = access, ["token_type"] = "Bearer", ["expires_in"] = U2MTokenLifetimeSeconds, ["scope"] = "all-apis offline_access" };
        if (rotate)
        {
            var refresh = $"fake-u2m-refresh-{Guid.NewGuid():N}";
            _refreshTokens[refresh] = clientId;
            answer["refresh_token"] = refresh;
        }

        return answer;
    }

    /// <summary>The authorize endpoint: checks the request, then a consent page whose Allow / Deny redirect back.</summary>
    private async Task AuthorizeAsync(HttpContext context, RecordedRequest recorded)
    {
        if (recorded.Path == ConsentPath)
        {
            var form = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(recorded.Body);
            AuthorizeRequest? pending;
            string? code = null;
            lock (_state)
            {
                _consents.Remove(form["request"].ToString(), out pending);
                if (pending is not null && form["decision"] == "allow")
                {
                    code = $"fake-code-{Guid.NewGuid():N}";
                    _codes[code] = pending;
                }
            }

            if (pending is null)
            {
                await WriteHtmlAsync(context, 400, "<p>Unknown consent request.</p>");
                return;
            }

            var back = code is null
                ? $"error=access_denied&error_description={Uri.EscapeDataString("The user denied the request.")}"
                : $"code={Uri.EscapeDataString(code)}";
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = $"{pending.RedirectUri}?{back}&state={Uri.EscapeDataString(pending.State)}";
            return;
        }

        var query = context.Request.Query;
        var clientId = query["client_id"].ToString();
        var problem = clientId is not (U2MAppId or PublishedAppId) ? "unknown client_id"
            : query["response_type"] != "code" ? "response_type must be code"
            : query["code_challenge_method"] != "S256" || string.IsNullOrEmpty(query["code_challenge"]) ? "PKCE S256 is required"
            : string.IsNullOrEmpty(query["state"]) ? "state is required"
            : !query["scope"].ToString().Split(' ').Contains("offline_access") ? "scope must include offline_access"
            : !Uri.TryCreate(query["redirect_uri"], UriKind.Absolute, out _) ? "redirect_uri must be absolute"
            : null;
        if (problem is not null)
        {
            await WriteHtmlAsync(context, 400, $"<p>Invalid authorization request: {problem}.</p>");
            return;
        }

        var id = Guid.NewGuid().ToString("N");
        lock (_state)
        {
            _consents[id] = new AuthorizeRequest(clientId, query["redirect_uri"]!, query["code_challenge"]!, query["state"]!);
        }

        await WriteHtmlAsync(context, 200, $"""
            <h1>Authorize Partner</h1>
            <p>Partner (client {System.Net.WebUtility.HtmlEncode(clientId)}) asks to access Databricks as you.</p>
            <form method="post" action="{ConsentPath}">
              <input type="hidden" name="request" value="{id}">
              <button type="submit" name="decision" value="allow">Allow</button>
              <button type="submit" name="decision" value="deny">Deny</button>
            </form>
            """);
    }

    private static async Task WriteHtmlAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"<!DOCTYPE html><html lang=\"en\"><head><title>Databricks</title></head><body>{body}</body></html>",
            context.RequestAborted);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var current = target; value > current; current = target)
        {
            if (Interlocked.CompareExchange(ref target, value, current) == current)
            {
                return;
            }
        }
    }

    private static JsonObject OAuthError(string error, string description) => new() { ["error"] = error, ["error_description"] = description };

    private static JsonObject Error(string errorCode, string message) => new() { ["error_code"] = errorCode, ["message"] = message };

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    private sealed record AuthorizeRequest(string ClientId, string RedirectUri, string CodeChallenge, string State);

    private sealed record ScriptedFailure(string Method, string Path, int Status, string ErrorCode, string Message, string? Location = null);
}
