using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Partner.WebApi.FunctionalTests.Connections.TestConnection;

/// <summary>Connects a workspace at a given URL, and reads what test-connection answers of it.</summary>
public static class TestConnectionRequests
{
    public sealed record Established(string ConnectionId, long WorkspaceId);

    public static async Task<Established> ConnectAsync(this HttpClient databricks, string workspaceUrl, string? pat, string? clusterId,
        bool isSqlWarehouse = true, string? servicePrincipalId = null, string? oauthSecret = null)
    {
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var body = DatabricksRequests.Connect($"admin@{DatabricksRequests.NewTestDomain()}", workspaceId);
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

    /// <summary>test_name → (status, message) of a 200 answer.</summary>
    public static Dictionary<string, (string Status, string Message)> Results(this (HttpResponseMessage Response, JsonObject Json) answer)
    {
        var (response, json) = answer;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
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
