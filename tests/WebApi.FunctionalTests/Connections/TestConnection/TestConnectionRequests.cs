using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Connections.TestConnection;

/// <summary>Connects a workspace at a given URL and calls test-connection on the connection.</summary>
public static class TestConnectionRequests
{
    public const string Path = "/partners/databricks/test-connection";

    public sealed record Established(string ConnectionId, long WorkspaceId);

    public static async Task<Established> ConnectAsync(this HttpClient databricks, string workspaceUrl, string? pat, string? clusterId,
        bool isSqlWarehouse = true, string? servicePrincipalId = null, string? oauthSecret = null)
    {
        var workspaceId = ConnectRequests.NewWorkspaceId();
        var body = ConnectRequests.Body($"admin@{ConnectRequests.NewTestDomain()}", workspaceId);
        body["workspace_url"] = $"{workspaceUrl}/?o={workspaceId}";
        body["cluster_id"] = clusterId;
        body["is_sql_warehouse"] = isSqlWarehouse;
        body["is_sql_endpoint"] = isSqlWarehouse;
        var userInfo = body["user_info"]!.AsObject();
        if (pat is null)
        {
            userInfo.Remove("auth");
        }
        else
        {
            userInfo["auth"] = new JsonObject { ["personal_access_token"] = pat };
        }

        body["service_principal_id"] = servicePrincipalId;
        body["service_principal_oauth_secret"] = oauthSecret;

        var (response, json) = await databricks.ConnectAsync(body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        return new Established(json["connection_id"]!.GetValue<string>(), workspaceId);
    }

    public static async Task<HttpResponseMessage> TestConnectionAsync(this HttpClient databricks, string connectionId, long workspaceId) =>
        await databricks.PostAsJsonAsync(Path, new JsonObject
        {
            ["connection_id"] = connectionId,
            ["cloud_provider"] = "azure",
            ["databricks_organization_id"] = workspaceId,
        });

    /// <summary>test_name → (status, message) of a 200 answer.</summary>
    public static async Task<Dictionary<string, (string Status, string Message)>> ResultsAsync(this HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var json = await response.ReadJsonAsync();
        return json["test_results"]!.AsArray().ToDictionary(r => r!["test_name"]!.GetValue<string>(),
            r => (r!["status"]!.GetValue<string>(), r["message"]!.GetValue<string>()));
    }

    /// <summary>A loopback port nothing listens on: bound, then released.</summary>
    public static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
