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
/// clusters and the OAuth M2M token endpoint like Databricks, errors as {"error_code", "message"}. Failures can be scripted.
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

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<ScriptedFailure> _failures = new();
    private readonly Lock _state = new();
    private readonly HashSet<string> _scopes = [];
    private readonly Dictionary<(string Scope, string Key), string> _secrets = [];
    private (string Id, string Name)? _partner;

    private FakeDatabricksWorkspace(WebApplication app) => _app = app;

    /// <summary>Base URL, without a trailing slash, e.g. http://127.0.0.1:43210.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

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
        }
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
            var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));
            return request.Authorization == basic && request.Body.Contains("grant_type=client_credentials", StringComparison.Ordinal)
                ? (200, new JsonObject { ["access_token"] = OAuthAccessToken, ["token_type"] = "Bearer", ["expires_in"] = 3600 })
                : (401, new JsonObject { ["error"] = "invalid_client", ["error_description"] = "Client authentication failed" });
        }

        if (request.Authorization != $"Bearer {Token}" && request.Authorization != $"Bearer {OAuthAccessToken}")
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

    private static JsonObject Error(string errorCode, string message) => new() { ["error_code"] = errorCode, ["message"] = message };

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    private sealed record ScriptedFailure(string Method, string Path, int Status, string ErrorCode, string Message, string? Location = null);
}
