using System.Text.Json.Nodes;

namespace Partner.TestSupport;

/// <summary>
/// The contract's Databricks request bodies (docs/contracts/databricks-partner-connect.md), with a fresh test domain and
/// workspace per scenario. The one set every suite sends, in-process or to a remote deployment.
/// </summary>
public static class DatabricksRequests
{
    public const string Pat = "dapi-test-pat-5f4dcc3b5aa765d61d8327deb882cf99";
    public const string ServicePrincipalId = "4a1c9a5e-5f7b-4c7e-9a53-0c4f8c6f2b11";
    public const string OAuthSecret = "dose-fake-oauth-secret-77f3";
    public const string U2MAppId = "782b7906-20c4-4c12-8850-b26b77d125f5";
    public const string CloudProvider = "azure";

    public static string NewTestDomain() => $"{Guid.NewGuid():N}.databricks-test.com";

    public static long NewWorkspaceId() => Random.Shared.NextInt64(1_000_000_000, 9_000_000_000_000);

    /// <summary>A stable databricks_user_id per e-mail, as Databricks sends one per user.</summary>
    public static long UserId(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return Math.Abs(email.GetHashCode(StringComparison.Ordinal)) + 1L;
    }

    /// <summary>
    /// A Connect body as the contract's example. With <paramref name="connectionId"/>, is_connection_established is true and
    /// auth is absent; otherwise the credentials are those Databricks sends under <paramref name="auth"/> (default: a PAT).
    /// </summary>
    public static JsonObject Connect(string email, long workspaceId, string? connectionId = null, bool demo = false, long? databricksUserId = null,
        DatabricksAuth auth = DatabricksAuth.Pat)
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
            // contract: personal_access_token "will be null if the auth_options [...] does not contain AUTH_PAT".
            userInfo["auth"] = new JsonObject { ["personal_access_token"] = auth is DatabricksAuth.Pat or DatabricksAuth.PatAndU2M ? Pat : null };
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
        else if (auth == DatabricksAuth.OAuthM2M)
        {
            body["service_principal_id"] = ServicePrincipalId;
            body["service_principal_oauth_secret"] = OAuthSecret;
        }
        else if (auth is DatabricksAuth.OAuthU2M or DatabricksAuth.PatAndU2M)
        {
            body["oauth_u2m_app_id"] = U2MAppId;
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

/// <summary>What Databricks sends as credentials at connect, by the PartnerConfig's auth_options (and is_published_app).</summary>
public enum DatabricksAuth
{
    /// <summary>AUTH_PAT, or no auth_options: a PAT.</summary>
    Pat,

    /// <summary>AUTH_OAUTH_M2M: no PAT; the service principal's id and OAuth secret.</summary>
    OAuthM2M,

    /// <summary>AUTH_OAUTH_U2M with a per-workspace app: no PAT, no secret; oauth_u2m_app_id.</summary>
    OAuthU2M,

    /// <summary>AUTH_OAUTH_U2M with is_published_app: no PAT, no secret, no app id.</summary>
    OAuthU2MPublishedApp,

    /// <summary>AUTH_PAT and AUTH_OAUTH_U2M: a PAT and oauth_u2m_app_id.</summary>
    PatAndU2M,
}

public static class DatabricksAuths
{
    /// <summary>What Databricks sends under <paramref name="partnerConfig"/>'s auth_options.</summary>
    public static DatabricksAuth Of(JsonObject partnerConfig)
    {
        ArgumentNullException.ThrowIfNull(partnerConfig);
        var options = (partnerConfig["auth_options"] as JsonArray ?? []).Select(o => o!.GetValue<string>()).ToHashSet();
        var u2m = options.Contains("AUTH_OAUTH_U2M");
        var published = partnerConfig["is_published_app"] is JsonValue v && v.TryGetValue<bool>(out var p) && p;
        return options.Contains("AUTH_OAUTH_M2M") ? DatabricksAuth.OAuthM2M
            : u2m && options.Contains("AUTH_PAT") ? DatabricksAuth.PatAndU2M
            : u2m ? (published ? DatabricksAuth.OAuthU2MPublishedApp : DatabricksAuth.OAuthU2M)
            : DatabricksAuth.Pat;
    }
}
