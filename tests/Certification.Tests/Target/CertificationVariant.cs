using System.Text.Json.Nodes;

namespace Partner.Certification.Tests.Target;

/// <summary>
/// One configuration the Databricks cases run under. In-process, each variant is its own app with these PartnerConfig
/// fields and settings; against a remote deployment there is one variant, the deployment's own configuration.
/// </summary>
public sealed record CertificationVariant(
    string Name, string NewUserAction = "auto_add", bool RequireManualSignup = false, string TrialType = "account", bool AllowRepeatedTrials = false,
    bool RootPaths = false, string Compute = "SqlEndpoint", bool SupportsDemo = true, string[]? AuthOptions = null, bool PublishedApp = false)
{
    public static readonly CertificationVariant Remote = new("remote");

    public bool IsRemote => ReferenceEquals(this, Remote) || Name == Remote.Name;

    public override string ToString() => Name;

    /// <summary>
    /// The shared in-process host with this variant's PartnerConfig fields and settings, on a SQLite file of its own.
    /// The outbound URL policy is the shipped one: the cases certify what a deployment answers, not the test allowances.
    /// </summary>
    public PartnerApiFactory StartInProcess()
    {
        var settings = new Dictionary<string, string?>(PartnerApiFactory.ProductionOutbound)
        {
            ["PartnerConnect:AllowRepeatedTrials"] = AllowRepeatedTrials ? "true" : "false",
            // test-connection cannot reach organization.cloud.databricks.com from a test run: fail fast.
            ["Databricks:Timeout"] = "00:00:02",
            ["Databricks:OAuth:PublishedAppClientId"] = PublishedApp ? "partner-published-app" : null,
        };
        return new PartnerApiFactory(settings, ApplyTo);
    }

    private void ApplyTo(JsonObject config)
    {
        config["new_user_action"] = NewUserAction;
        config["require_manual_signup"] = RequireManualSignup;
        config["trial_type"] = TrialType;
        config["supports_demo"] = SupportsDemo;
        if (RootPaths)
        {
            config["endpoints"] = new JsonObject
            {
                ["connect_path"] = "/connect",
                ["get_connectors_path"] = "/connectors",
                ["test_connection_path"] = "/test-connection",
                ["delete_connection_path"] = "/delete-connection",
                ["delete_account_path"] = "/delete-account",
                ["expire_account_path"] = "/expire-account",
            };
        }

        if (AuthOptions is not null)
        {
            config["auth_options"] = new JsonArray([.. AuthOptions.Select(o => JsonValue.Create(o))]);
            config["is_published_app"] = PublishedApp;
        }

        if (Compute != "SqlEndpoint")
        {
            config["resources_to_provision"] = new JsonArray(new JsonObject { ["resource_type"] = "PAT" }, new JsonObject { ["resource_type"] = Compute });
            config["object_permissions"] = new JsonArray(new JsonObject { ["name"] = "Cluster", ["level"] = "CAN_ATTACH_TO" });
        }
    }

    /// <summary>The fixture arguments: every variant in-process, or the deployment alone with PARTNER_BASE_URL.</summary>
    public static IEnumerable<TestFixtureData> All()
    {
        if (CertificationSettings.RemoteBaseUrl is not null)
        {
            yield return new TestFixtureData(Remote).SetArgDisplayNames(Remote.Name);
            yield break;
        }

        CertificationVariant[] variants =
        [
            new("shipped"),
            new("new_user_action=invite", NewUserAction: "invite"),
            new("new_user_action=not_found", NewUserAction: "not_found"),
            new("new_user_action=error", NewUserAction: "error"),
            new("require_manual_signup=true", RequireManualSignup: true),
            new("trial_type=user", TrialType: "user"),
            new("repeated_trials", AllowRepeatedTrials: true),
            // The shape of Databricks' sample PartnerConfigs: every endpoint at a root path, an interactive cluster.
            new("root_paths+InteractiveCluster", RootPaths: true, Compute: "InteractiveCluster"),
            new("supports_demo=false", SupportsDemo: false),
            // The auth_options of Databricks' onboarding guide: what each sends at connect (DatabricksAuth), and its answer.
            new("auth_options=AUTH_PAT", AuthOptions: ["AUTH_PAT"]),
            new("auth_options=AUTH_OAUTH_M2M", AuthOptions: ["AUTH_OAUTH_M2M"]),
            new("auth_options=AUTH_OAUTH_U2M", AuthOptions: ["AUTH_OAUTH_U2M"]),
            new("auth_options=AUTH_OAUTH_U2M+is_published_app", AuthOptions: ["AUTH_OAUTH_U2M"], PublishedApp: true),
        ];
        foreach (var variant in variants)
        {
            yield return new TestFixtureData(variant).SetArgDisplayNames(variant.Name);
        }
    }
}
