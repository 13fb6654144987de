using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.Common.Configuration;

/// <summary>
/// The official Databricks partner configuration ("PartnerConfig", docs/databricks.md), read from the JSON file named by
/// PartnerConnect:PartnerConfigPath with snake_case names. One file serves certification, self-testing and runtime.
/// </summary>
public sealed class PartnerConfig
{
    public string ApiVersion { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string DescriptionBlurb { get; set; } = string.Empty;

    public string Category { get; set; } = string.Empty;

    public string BaseUrl { get; set; } = string.Empty;

    public PartnerEndpoints? Endpoints { get; set; }

    public string SignUpPage { get; set; } = string.Empty;

    public string PrivacyPolicy { get; set; } = string.Empty;

    public string TermsOfService { get; set; } = string.Empty;

    public string LogoFile { get; set; } = string.Empty;

    public string IconFile { get; set; } = string.Empty;

    public List<ResourceToProvision> ResourcesToProvision { get; set; } = [];

    public List<DataPermission>? DataPermissions { get; set; }

    public List<ObjectPermission>? ObjectPermissions { get; set; }

    public List<string> SupportedClouds { get; set; } = [];

    public List<string> Hostnames { get; set; } = [];

    public string NewUserAction { get; set; } = string.Empty;

    public bool? RequireManualSignup { get; set; }

    public string? TrialType { get; set; }

    public bool? SupportsDemo { get; set; }

    public List<string>? AuthOptions { get; set; }

    public bool? IsPublishedApp { get; set; }

    public TestWorkspaceDetail? TestWorkspaceDetail { get; set; }

    /// <summary>The directory of the PartnerConfig file: logo_file and icon_file are relative to it. Not part of the file.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Directory { get; set; } = string.Empty;

    /// <summary>The full path of logo_file or icon_file.</summary>
    public string BrandingFilePath(string file) => Path.GetFullPath(Path.Combine(Directory, file));

    public const string AuthPat = "AUTH_PAT";
    public const string AuthOAuthM2M = "AUTH_OAUTH_M2M";
    public const string AuthOAuthU2M = "AUTH_OAUTH_U2M";

    /// <summary>auth_options contains AUTH_OAUTH_U2M: users authorize connections through OAuth U2M.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool UsesOAuthU2M => AuthOptions?.Contains(AuthOAuthU2M) ?? false;

    /// <summary>With U2M, the one published OAuth app (Databricks:OAuth:PublishedAppClientId) instead of an app per workspace.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool UsesPublishedApp => UsesOAuthU2M && IsPublishedApp == true;

    /// <summary>trial_type as the Domain sees it: "user", or "account" (also when unset).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public TrialType EffectiveTrialType =>
        string.Equals(TrialType, "user", StringComparison.Ordinal) ? Domain.DatabricksPartnerConnect.Connections.TrialType.User : Domain.DatabricksPartnerConnect.Connections.TrialType.Account;

    /// <summary>The decision-relevant part, as the Domain sees it.</summary>
    public PartnerBehaviour ToBehaviour(bool allowRepeatedTrials) => new()
    {
        NewUserAction = ParseNewUserAction(NewUserAction),
        RequireManualSignup = RequireManualSignup ?? false,
        TrialType = EffectiveTrialType,
        SupportsDemo = SupportsDemo ?? true,
        AllowRepeatedTrials = allowRepeatedTrials,
        // contract: oauth_redirect_uri "only when [...] auth_options contains AUTH_OAUTH_U2M and [...] is_published_app is false or null".
        ReturnsOAuthRedirectUri = UsesOAuthU2M && IsPublishedApp != true,
    };

    public static readonly IReadOnlyDictionary<string, NewUserAction> NewUserActions = new Dictionary<string, NewUserAction>(StringComparer.Ordinal)
    {
        ["auto_add"] = Domain.DatabricksPartnerConnect.Connections.NewUserAction.AutoAdd,
        ["invite"] = Domain.DatabricksPartnerConnect.Connections.NewUserAction.Invite,
        ["not_found"] = Domain.DatabricksPartnerConnect.Connections.NewUserAction.NotFound,
        ["error"] = Domain.DatabricksPartnerConnect.Connections.NewUserAction.Error,
    };

    private static NewUserAction ParseNewUserAction(string value) =>
        NewUserActions.TryGetValue(value, out var action) ? action : Domain.DatabricksPartnerConnect.Connections.NewUserAction.AutoAdd;
}

public sealed class PartnerEndpoints
{
    public string ConnectPath { get; set; } = string.Empty;

    public string? GetConnectorsPath { get; set; }

    public string? TestConnectionPath { get; set; }

    public string? DeleteAccountPath { get; set; }

    public string? ExpireAccountPath { get; set; }

    public string? DeleteConnectionPath { get; set; }
}

public sealed class ResourceToProvision
{
    public string ResourceType { get; set; } = string.Empty;
}

public sealed class DataPermission
{
    public string Permission { get; set; } = string.Empty;
}

public sealed class ObjectPermission
{
    public string Name { get; set; } = string.Empty;

    public string Level { get; set; } = string.Empty;
}

public sealed class TestWorkspaceDetail
{
    public string? Hostname { get; set; }

    public int? Port { get; set; }

    public string? JdbcUrl { get; set; }

    public string? DatabricksJdbcUrl { get; set; }

    public string? HttpPath { get; set; }

    public string? ClusterId { get; set; }
}
