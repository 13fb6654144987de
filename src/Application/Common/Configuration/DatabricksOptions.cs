namespace Partner.Application.Common.Configuration;

/// <summary>The Databricks section: the partner's own workspace (self-testing partner) and the outbound calls to workspaces.</summary>
public sealed class DatabricksOptions
{
    public const string Section = "Databricks";

    /// <summary>The profile of the Databricks config file used when Databricks:Profile is not set.</summary>
    public const string DefaultProfile = "DEFAULT";

    /// <summary>Workspace URL; before DATABRICKS_HOST and the config-file profile.</summary>
    public string? Host { get; set; }

    /// <summary>Personal access token for the workspace; before DATABRICKS_TOKEN and the config-file profile.</summary>
    public string? Token { get; set; }

    /// <summary>Profile of DATABRICKS_CONFIG_FILE or ~/.databrickscfg; DEFAULT when not set.</summary>
    public string? Profile { get; set; }

    /// <summary>Permits http:// workspaces (self-testing and test-connection). For local tests only.</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>
    /// Hosts test-connection may contact (Databricks:WorkspaceHosts:N; same patterns as Greenhouse:CallbackHosts).
    /// Empty means the default, <see cref="DefaultWorkspaceHosts"/>.
    /// </summary>
    public List<string> WorkspaceHosts { get; set; } = [];

    public static IReadOnlyList<string> DefaultWorkspaceHosts { get; } = ["*.cloud.databricks.com", "*.azuredatabricks.net", "*.gcp.databricks.com"];

    /// <summary>The configured <see cref="WorkspaceHosts"/>, or the default when none is configured.</summary>
    public IReadOnlyList<string> EffectiveWorkspaceHosts => WorkspaceHosts.Count > 0 ? WorkspaceHosts : DefaultWorkspaceHosts;

    /// <summary>Per outbound call (and per TCP connect of test-connection).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Workspace checks (test-connection, the landing page's Test connection) running at once; more wait, then report busy.</summary>
    public int MaxConcurrentChecks { get; set; } = 16;

    /// <summary>Retries of a self-testing partner API call answered with 429 or 5xx, or not answered.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; it doubles on each retry (with jitter).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public DatabricksSelfTestOptions SelfTest { get; set; } = new();

    /// <summary>Databricks:OAuth: the OAuth U2M authorization of customers' connections.</summary>
    public DatabricksOAuthOptions OAuth { get; set; } = new();

    public override string ToString() => $"DatabricksOptions {{ Host = {Host}, Profile = {Profile}, Token = {(Token is null ? "(none)" : "***")} }}";
}

/// <summary>Databricks:SelfTest: fields of the self-testing partner that the PartnerConfig does not hold.</summary>
public sealed class DatabricksSelfTestOptions
{
    /// <summary>docs/databricks.md "Self-testing partner": integration_type.</summary>
    public string IntegrationType { get; set; } = "WAREHOUSE_READ_WRITE";

    /// <summary>docs/databricks.md "Self-testing partner": supported_features (optional).</summary>
    public List<string> SupportedFeatures { get; set; } = [];
}

/// <summary>Databricks:OAuth: the U2M authorization (docs/contracts/databricks-partner-connect.md, "OAuth U2M").</summary>
public sealed class DatabricksOAuthOptions
{
    /// <summary>
    /// The client id of the partner's published Databricks OAuth app; required when the PartnerConfig has AUTH_OAUTH_U2M
    /// and is_published_app true.
    /// </summary>
    public string? PublishedAppClientId { get; set; }

    /// <summary>The scopes asked for; offline_access is what makes Databricks grant a refresh token.</summary>
    public string Scopes { get; set; } = "all-apis offline_access";

    /// <summary>How long a started authorization may take; its state is single-use.</summary>
    public TimeSpan StateLifetime { get; set; } = TimeSpan.FromMinutes(10);
}
