using System.Text.Json.Serialization;
using Partner.Application.Common.Configuration;

namespace Partner.Application.DatabricksSelfTesting;

/// <summary>The "partner" object of the self-testing partner API's create and update bodies.</summary>
public sealed record SelfTestPartner
{
    /// <summary>Tile name (PartnerConfig name).</summary>
    public required string Name { get; init; }

    /// <summary>PartnerConfig category.</summary>
    public required string Category { get; init; }

    /// <summary>base_url + endpoints.connect_path.</summary>
    public required string ConnectUrl { get; init; }

    /// <summary>PartnerConfig sign_up_page.</summary>
    public required string SignUpUrl { get; init; }

    /// <summary>base_url + endpoints.delete_connection_path, when configured.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DeleteUrl { get; init; }

    /// <summary>PartnerConfig terms_of_service.</summary>
    public required string TermsOfServiceUrl { get; init; }

    /// <summary>PartnerConfig privacy_policy.</summary>
    public required string PrivacyPolicyUrl { get; init; }

    /// <summary>PartnerConfig hostnames, comma-separated.</summary>
    public required string Hostnames { get; init; }

    /// <summary>Databricks:SelfTest:IntegrationType.</summary>
    public required string IntegrationType { get; init; }

    /// <summary>Databricks:SelfTest:SupportedFeatures; omitted when empty.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? SupportedFeatures { get; init; }

    /// <summary>PartnerConfig auth_options; omitted when not configured.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AuthOptions { get; init; }

    /// <summary>Both inputs were validated at start (PartnerConfigValidator, DatabricksOptionsValidator).</summary>
    public static SelfTestPartner From(PartnerConfig config, DatabricksSelfTestOptions selfTest)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(selfTest);
        var baseUrl = config.BaseUrl.TrimEnd('/');
        var deletePath = config.Endpoints?.DeleteConnectionPath;
        return new SelfTestPartner
        {
            Name = config.Name,
            Category = config.Category,
            ConnectUrl = baseUrl + config.Endpoints?.ConnectPath,
            SignUpUrl = config.SignUpPage,
            DeleteUrl = string.IsNullOrEmpty(deletePath) ? null : baseUrl + deletePath,
            TermsOfServiceUrl = config.TermsOfService,
            PrivacyPolicyUrl = config.PrivacyPolicy,
            Hostnames = string.Join(",", config.Hostnames),
            IntegrationType = selfTest.IntegrationType,
            SupportedFeatures = selfTest.SupportedFeatures.Count == 0 ? null : [.. selfTest.SupportedFeatures],
            AuthOptions = config.AuthOptions is null or { Count: 0 } ? null : [.. config.AuthOptions],
        };
    }
}
