using Microsoft.Extensions.Options;
using Partner.Application.Configuration;
using Partner.Application.DatabricksPartnerConnect.Landing.Queries.GetLandingPage;

namespace Partner.WebApi.Landing;

/// <summary>The partner's name and description from the PartnerConfig, for pages that have no landing token (errors, OAuth).</summary>
public sealed class LandingBrandingSource(IOptions<PartnerConfig> partnerConfig)
{
    public LandingBranding Current => LandingBranding.From(partnerConfig.Value);
}
