using System.Text.Json.Nodes;

namespace Partner.TestSupport;

/// <summary>
/// The contract's Databricks request bodies (docs/contracts/databricks-partner-connect.md), with a fresh test domain and
/// workspace per scenario. The one set every suite sends, in-process or to a remote deployment.
/// </summary>
public static class DatabricksRequests
{
    public const string Pat = "dapi-test-pat-5f4dcc3b5aa765d61d8327deb882cf99";
    public const string CloudProvider = "azure";

    public static string NewTestDomain() => $"{Guid.NewGuid():N}.databricks-test.com";

    public static long NewWorkspaceId() => Random.Shared.NextInt64(1_000_000_000, 9_000_000_000_000);

    /// <summary>A stable databricks_user_id per e-mail, as Databricks sends one per user.</summary>
    public static long UserId(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return Math.Abs(email.GetHashCode(StringComparison.Ordinal)) + 1L;
    }

    /// <summary>A Connect body as the contract's example. With <paramref name="connectionId"/>, is_connection_established is true and auth is absent.</summary>
    public static JsonObject Connect(string email, long workspaceId, string? connectionId = null, bool demo = false, long? databricksUserId = null)
    {
        var established = connectionId is not null;
        var userInfo = new JsonObject
        {
            ["email"] = email,
            ["first_name"] = "John",
            ["last_name"] = "Doe",
            ["databricks_user_id"] = databricksUserId ?? UserId(email),
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
            ["cloud_provider"] = CloudProvider,
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

    /// <summary>The body of test-connection and delete-connection.</summary>
    public static JsonObject ConnectionReference(string connectionId, long workspaceId) => new()
    {
        ["connection_id"] = connectionId,
        ["cloud_provider"] = CloudProvider,
        ["databricks_organization_id"] = workspaceId,
    };

    public static JsonObject DeleteAccount(string domain, long workspaceId) => new()
    {
        ["domain"] = domain,
        ["cloud_provider"] = CloudProvider,
        ["databricks_organization_id"] = workspaceId,
    };

    /// <param name="databricksUserId">Default: the <see cref="UserId"/> that <see cref="Connect"/> sends for the e-mail.</param>
    public static JsonObject ExpireAccount(string email, long workspaceId, long? databricksUserId = null) => new()
    {
        ["email"] = email,
        ["databricks_user_id"] = databricksUserId ?? UserId(email),
        ["cloud_provider"] = CloudProvider,
        ["databricks_organization_id"] = workspaceId,
    };
}
