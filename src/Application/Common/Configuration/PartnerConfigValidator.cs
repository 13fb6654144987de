using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.Common.Configuration;

/// <summary>Checks a PartnerConfig at start; messages name the JSON field (endpoints.connect_path).</summary>
public sealed class PartnerConfigValidator : AbstractValidator<PartnerConfig>
{
    public static readonly string[] Categories =
    [
        "INGEST", "DATA_PREP_AND_TRANSFORM", "SECURITY_AND_GOVERNANCE", "BI_AND_VIZ", "ML", "DATA_QUALITY",
        "REVERSE_ETL", "SEMANTIC_LAYER", "DATA_GOVERNANCE",
    ];

    public static readonly string[] ResourceTypes = ["PAT", "SqlEndpoint", "DestLocation", "InteractiveCluster"];

    public static readonly string[] Permissions =
    [
        "SELECT", "CREATE", "MODIFY", "USAGE", "READ_METADATA", "CREATE_NAMED_FUNCTION", "MODIFY_CLASSPATH",
        "ALL PRIVILEGES", "USE_CATALOG", "USE_SCHEMA", "CREATE_SCHEMA", "CREATE_TABLE",
    ];

    public static readonly string[] AuthOptionValues = [PartnerConfig.AuthPat, PartnerConfig.AuthOAuthM2M, PartnerConfig.AuthOAuthU2M];

    public PartnerConfigValidator()
    {
        RuleFor(c => c.ApiVersion).NotNull().Matches(@"^\d+\.\d+\.\d+$").WithName("api_version")
            .WithMessage("api_version must be major.minor.patch, for example 2.1.0.");
        RuleFor(c => c.Name).NotEmpty().WithName("name");
        RuleFor(c => c.DescriptionBlurb).NotEmpty().WithName("description_blurb");
        RuleFor(c => c.Category).Must(Categories.Contains).WithName("category")
            .WithMessage($"category must be one of {string.Join(", ", Categories)}.");
        RuleFor(c => c.BaseUrl).Must(HttpUrl.IsAbsolute).WithName("base_url")
            .WithMessage("base_url must be an absolute http(s) URL.");
        RuleFor(c => c.Endpoints).NotNull().WithName("endpoints");
        RuleFor(c => c.Endpoints!.ConnectPath).Must(BeRelativePath).When(c => c.Endpoints is not null).WithName("endpoints.connect_path")
            .WithMessage("endpoints.connect_path is required and must start with '/'.");
        RuleFor(c => c.Endpoints!.GetConnectorsPath).Must(BeRelativePath!).When(c => c.Endpoints?.GetConnectorsPath is not null)
            .WithName("endpoints.get_connectors_path").WithMessage("endpoints.get_connectors_path must start with '/'.");
        RuleFor(c => c.Endpoints!.TestConnectionPath).Must(BeRelativePath!).When(c => c.Endpoints?.TestConnectionPath is not null)
            .WithName("endpoints.test_connection_path").WithMessage("endpoints.test_connection_path must start with '/'.");
        RuleFor(c => c.Endpoints!.DeleteAccountPath).Must(BeRelativePath!).When(c => c.Endpoints?.DeleteAccountPath is not null)
            .WithName("endpoints.delete_account_path").WithMessage("endpoints.delete_account_path must start with '/'.");
        RuleFor(c => c.Endpoints!.ExpireAccountPath).Must(BeRelativePath!).When(c => c.Endpoints?.ExpireAccountPath is not null)
            .WithName("endpoints.expire_account_path").WithMessage("endpoints.expire_account_path must start with '/'.");
        RuleFor(c => c.Endpoints!.DeleteConnectionPath).Must(BeRelativePath!).When(c => c.Endpoints?.DeleteConnectionPath is not null)
            .WithName("endpoints.delete_connection_path").WithMessage("endpoints.delete_connection_path must start with '/'.");
        RuleFor(c => c.SignUpPage).Must(HttpUrl.IsAbsolute).WithName("sign_up_page").WithMessage("sign_up_page must be an absolute http(s) URL.");
        RuleFor(c => c.PrivacyPolicy).Must(HttpUrl.IsAbsolute).WithName("privacy_policy").WithMessage("privacy_policy must be an absolute http(s) URL.");
        RuleFor(c => c.TermsOfService).Must(HttpUrl.IsAbsolute).WithName("terms_of_service").WithMessage("terms_of_service must be an absolute http(s) URL.");
        RuleFor(c => c.LogoFile).NotEmpty().WithName("logo_file");
        RuleFor(c => c.IconFile).NotEmpty().WithName("icon_file");
        RuleForEach(c => c.ResourcesToProvision).Must(r => ResourceTypes.Contains(r.ResourceType)).WithName("resources_to_provision")
            .WithMessage($"resources_to_provision[].resource_type must be one of {string.Join(", ", ResourceTypes)}.");
        RuleForEach(c => c.DataPermissions).Must(p => Permissions.Contains(p.Permission)).WithName("data_permissions")
            .WithMessage($"data_permissions[].permission must be one of {string.Join(", ", Permissions)}.");
        RuleForEach(c => c.ObjectPermissions).Must(p => !string.IsNullOrWhiteSpace(p.Name) && !string.IsNullOrWhiteSpace(p.Level))
            .WithName("object_permissions").WithMessage("object_permissions[] needs name and level.");
        RuleFor(c => c.SupportedClouds).NotEmpty().WithName("supported_clouds");
        RuleForEach(c => c.SupportedClouds).Must(CloudProvider.IsKnown).WithName("supported_clouds")
            .WithMessage("supported_clouds may contain only aws, azure and gcp.");
        RuleFor(c => c.Hostnames).NotEmpty().WithName("hostnames");
        RuleFor(c => c).Must(c => c.Hostnames.Contains(HostOf(c.BaseUrl), StringComparer.OrdinalIgnoreCase))
            .When(c => HttpUrl.IsAbsolute(c.BaseUrl) && c.Hostnames is { Count: > 0 }).WithName("hostnames")
            .WithMessage("hostnames must contain the host of base_url: redirect URLs are built on base_url.");
        RuleFor(c => c.NewUserAction).Must(a => a is not null && PartnerConfig.NewUserActions.ContainsKey(a)).WithName("new_user_action")
            .WithMessage("new_user_action must be one of auto_add, invite, not_found, error.");
        RuleFor(c => c.TrialType).Must(t => t is "user" or "account").When(c => c.TrialType is not null).WithName("trial_type")
            .WithMessage("trial_type must be user or account.");
        RuleForEach(c => c.AuthOptions).Must(AuthOptionValues.Contains).WithName("auth_options")
            .WithMessage($"auth_options may contain only {string.Join(", ", AuthOptionValues)}.");
        RuleFor(c => c.AuthOptions).Must(o => !(o!.Contains(PartnerConfig.AuthPat) && o.Contains(PartnerConfig.AuthOAuthM2M)))
            .When(c => c.AuthOptions is not null).WithName("auth_options")
            .WithMessage("auth_options: AUTH_PAT and AUTH_OAUTH_M2M are mutually exclusive.");
    }

    private static bool BeRelativePath(string value) => !string.IsNullOrWhiteSpace(value) && value.StartsWith('/');

    private static string HostOf(string url) => new Uri(url).Host;
}
