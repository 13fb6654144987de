namespace Partner.Application.DatabricksPartnerConnect.Landing.Queries.GetLandingPage;

/// <summary>The partner as its PartnerConfig describes it.</summary>
public sealed record LandingBranding(string Name, string Description, string? TermsOfServiceUrl, string? PrivacyPolicyUrl)
{
    public static LandingBranding From(Common.Configuration.PartnerConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new LandingBranding(config.Name, config.DescriptionBlurb, NullIfEmpty(config.TermsOfService), NullIfEmpty(config.PrivacyPolicy));
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
