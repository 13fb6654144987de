using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Partner.TestSupport;

/// <summary>The contract's Databricks endpoints at the shipped PartnerConfig paths, sent as Databricks sends them (bodies: <see cref="DatabricksRequests"/>).</summary>
public static class DatabricksApi
{
    public const string ConnectPath = "/partners/databricks/v1/connect";
    public const string ConnectorsPath = "/partners/databricks/v1/connectors";
    public const string TestConnectionPath = "/partners/databricks/test-connection";
    public const string DeleteAccountPath = "/partners/databricks/account";
    public const string ExpireAccountPath = "/partners/databricks/useraccount";
    public const string DeleteConnectionPath = "/partners/databricks/connection";

    /// <summary>Every Databricks endpoint with its method, for the checks that apply to all of them.</summary>
    public static readonly (HttpMethod Method, string Path)[] Endpoints =
    [
        (HttpMethod.Post, ConnectPath),
        (HttpMethod.Get, ConnectorsPath),
        (HttpMethod.Post, TestConnectionPath),
        (HttpMethod.Delete, DeleteAccountPath),
        (HttpMethod.Put, ExpireAccountPath),
        (HttpMethod.Delete, DeleteConnectionPath),
    ];

    /// <summary>Sends a JSON body with any method (DELETE included): how both suites send one.</summary>
    public static async Task<HttpResponseMessage> SendWithJsonBodyAsync(this HttpClient client, HttpMethod method, string path, JsonNode? body)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Sends a JSON body with any method (DELETE included) and reads the answer as a JSON object.</summary>
    public static async Task<(HttpResponseMessage Response, JsonObject Json)> SendJsonAsync(this HttpClient client, HttpMethod method, string path, JsonNode? body)
    {
        var response = await client.SendWithJsonBodyAsync(method, path, body);
        return (response, await ReadJsonOrEmptyAsync(response));
    }

    public static Task<(HttpResponseMessage Response, JsonObject Json)> ConnectAsync(this HttpClient client, JsonObject body, string path = ConnectPath) =>
        client.SendJsonAsync(HttpMethod.Post, path, body);

    public static Task<(HttpResponseMessage Response, JsonObject Json)> TestConnectionAsync(this HttpClient client, string connectionId, long workspaceId) =>
        client.SendJsonAsync(HttpMethod.Post, TestConnectionPath, DatabricksRequests.ConnectionReference(connectionId, workspaceId));

    /// <summary>delete-connection by POST, as Databricks' partner client sends it (DELETE is served the same).</summary>
    public static Task<(HttpResponseMessage Response, JsonObject Json)> DeleteConnectionAsync(this HttpClient client, string connectionId, long workspaceId,
        HttpMethod? method = null) =>
        client.SendJsonAsync(method ?? HttpMethod.Post, DeleteConnectionPath, DatabricksRequests.ConnectionReference(connectionId, workspaceId));

    public static Task<(HttpResponseMessage Response, JsonObject Json)> DeleteAccountAsync(this HttpClient client, string domain, long workspaceId) =>
        client.SendJsonAsync(HttpMethod.Delete, DeleteAccountPath, DatabricksRequests.DeleteAccount(domain, workspaceId));

    public static Task<(HttpResponseMessage Response, JsonObject Json)> ExpireUserAccountAsync(this HttpClient client, string email, long workspaceId,
        long? databricksUserId = null) =>
        client.SendJsonAsync(HttpMethod.Put, ExpireAccountPath, DatabricksRequests.ExpireAccount(email, workspaceId, databricksUserId));

    public static async Task<(HttpResponseMessage Response, JsonObject Json)> GetConnectorsAsync(this HttpClient client, string? paginationToken = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var path = paginationToken is null ? ConnectorsPath : $"{ConnectorsPath}?pagination_token={Uri.EscapeDataString(paginationToken)}";
        var response = await client.GetAsync(path);
        return (response, await ReadJsonOrEmptyAsync(response));
    }

    /// <summary>A first connect that must succeed; returns its connection_id.</summary>
    public static async Task<string> ConnectNewAsync(this HttpClient client, string email, long workspaceId)
    {
        var (response, json) = await client.ConnectAsync(DatabricksRequests.Connect(email, workspaceId));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        return json["connection_id"]?.GetValue<string>() ?? throw new AssertionException($"No connection_id in {json.ToJsonString()}");
    }

    /// <summary>Asserts the contract's error envelope: status, JSON content type and error_reason.</summary>
    public static void AssertEnvelope(HttpResponseMessage response, JsonObject json, HttpStatusCode status, string errorReason)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(json);
        AssertEnvelope(new HttpAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, json, json.ToJsonString()),
            status, errorReason);
    }

    /// <summary>The same for an answer of <see cref="DatabricksScenarios"/>.</summary>
    public static void AssertEnvelope(HttpAnswer answer, HttpStatusCode status, string errorReason)
    {
        ArgumentNullException.ThrowIfNull(answer);
        Assert.Multiple(() =>
        {
            Assert.That(answer.Status, Is.EqualTo((int)status), answer.ToString());
            Assert.That(answer.MediaType, Is.EqualTo("application/json"));
            Assert.That(answer.Text("error_reason"), Is.EqualTo(errorReason), answer.ToString());
        });
    }

    public static string? Text(this JsonObject json, string property)
    {
        ArgumentNullException.ThrowIfNull(json);
        return json[property]?.GetValue<string>();
    }

    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) as JsonObject ?? throw new JsonException($"Not a JSON object: {text}");
    }

    /// <summary>The answer's JSON object; a body that is not JSON shows as <c>__not_json</c>, for the assertion messages.</summary>
    private static async Task<JsonObject> ReadJsonOrEmptyAsync(HttpResponseMessage response)
    {
        var answer = await HttpAnswer.ReadAsync(response);
        return answer.Body is null && answer.Raw.Length > 0 ? new JsonObject { ["__not_json"] = answer.Raw } : answer.Json;
    }
}
