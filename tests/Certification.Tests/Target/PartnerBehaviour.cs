using System.Text.Json.Nodes;

namespace Partner.Certification.Tests.Target;

/// <summary>What a PartnerConfig (docs/contracts/databricks-partner-connect.md, "PartnerConfig") and PARTNER_ALLOW_REPEATED_TRIALS promise; the cases' expectations follow it.</summary>
public sealed record PartnerBehaviour(
    IReadOnlyDictionary<string, string> Endpoints,
    IReadOnlyList<string> Hostnames,
    string NewUserAction,
    bool RequireManualSignup,
    string TrialType,
    bool SupportsDemo,
    bool AllowRepeatedTrials,
    DatabricksAuth Auth)
{
    public const string ConnectPath = "connect_path";
    public const string ConnectorsPath = "get_connectors_path";
    public const string TestConnectionPath = "test_connection_path";
    public const string DeleteAccountPath = "delete_account_path";
    public const string ExpireAccountPath = "expire_account_path";
    public const string DeleteConnectionPath = "delete_connection_path";

    public static PartnerBehaviour From(JsonObject config, bool allowRepeatedTrials)
    {
        ArgumentNullException.ThrowIfNull(config);
        var endpoints = (config["endpoints"] as JsonObject ?? [])
            .Where(e => e.Value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0)
            .ToDictionary(e => e.Key, e => e.Value!.GetValue<string>());
        return new PartnerBehaviour(
            endpoints,
            (config["hostnames"] as JsonArray ?? []).Select(h => h!.GetValue<string>()).ToList(),
            config["new_user_action"]?.GetValue<string>() ?? "auto_add",
            config["require_manual_signup"]?.GetValue<bool>() ?? false,
            config["trial_type"]?.GetValue<string>() ?? "account",
            config["supports_demo"]?.GetValue<bool>() ?? false,
            allowRepeatedTrials,
            DatabricksAuths.Of(config));
    }

    public string? Path(string endpoint) => Endpoints.TryGetValue(endpoint, out var path) ? path : null;

    /// <summary>contract: oauth_redirect_uri only with AUTH_OAUTH_U2M and no published app.</summary>
    public bool ReturnsOAuthRedirectUri => Auth is DatabricksAuth.OAuthU2M or DatabricksAuth.PatAndU2M;

    /// <summary>contract "Expired account": create_trial if the partner allows repeated trials, else purchase_product.</summary>
    public string ExpiredRedirect => AllowRepeatedTrials ? "create_trial" : "purchase_product";
}
