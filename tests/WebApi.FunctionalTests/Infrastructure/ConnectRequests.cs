using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Partner.WebApi.FunctionalTests.Infrastructure;

/// <summary>Builds Connect bodies as the contract's example, with a fresh test domain per call by default.</summary>
public static class ConnectRequests
{
    public const string Pat = "dapi-test-pat-5f4dcc3b5aa765d61d8327deb882cf99";

    public static string NewTestDomain() => $"{Guid.NewGuid():N}.databricks-test.com";

    public static long NewWorkspaceId() => Random.Shared.NextInt64(1_000_000_000, 9_000_000_000_000);

    /// <summary>A Connect body. With <paramref name="connectionId"/>, is_connection_established is true and auth is absent.</summary>
    public static JsonObject Body(string email, long workspaceId, string? connectionId = null, bool demo = false, long? databricksUserId = null)
    {
        var established = connectionId is not null;
        var userInfo = new JsonObject
        {
            ["email"] = email,
            ["first_name"] = "John",
            ["last_name"] = "Doe",
            ["databricks_user_id"] = databricksUserId ?? Math.Abs(email.GetHashCode(StringComparison.Ordinal)) + 1L,
            ["databricks_organization_id"] = workspaceId,
            ["is_connection_established"] = established,
        };
        if (!established)
        {
            userInfo["auth"] = new JsonObject { ["personal_access_token"] = Pat };
        }

        var body = new JsonObject
        {
            ["user_info"] = userInfo,
            ["hostname"] = "organization.cloud.databricks.com",
            ["port"] = 443,
            ["workspace_url"] = $"https://organization.cloud.databricks.com/?o={workspaceId}",
            ["http_path"] = "sql/protocolv1/o/0/0222-185802-deny427",
            ["jdbc_url"] = "jdbc:spark://organization.cloud.databricks.com:443/default",
            ["databricks_jdbc_url"] = "jdbc:databricks://organization.cloud.databricks.com:443/default",
            ["workspace_id"] = workspaceId,
            ["demo"] = demo,
            ["cloud_provider"] = "azure",
            ["cloud_provider_region"] = "westus",
            ["is_free_trial"] = false,
            ["catalog_name"] = "hive_metastore",
            ["cluster_id"] = "0222-185802-deny427",
            ["is_sql_endpoint"] = true,
            ["is_sql_warehouse"] = true,
        };
        if (established)
        {
            body["connection_id"] = connectionId;
        }

        return body;
    }

    public static async Task<(HttpResponseMessage Response, JsonObject Json)> ConnectAsync(this HttpClient client, JsonObject body, string path = "/partners/databricks/v1/connect")
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? [] : JsonNode.Parse(text) as JsonObject ?? [];
        return (response, json);
    }

    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) as JsonObject ?? throw new JsonException($"Not a JSON object: {text}");
    }
}
