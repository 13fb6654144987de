using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.DatabricksPartnerConnect.Landing.Queries.GetLandingPage;
using Partner.Application.GreenhouseAssessment;
using Partner.Application.GreenhouseAssessment.Branding;

namespace Partner.WebApi.Pages;

public sealed class LandingBrandingSource(IOptions<PartnerConfig> partnerConfig, IOptions<GreenhouseOptions> greenhouse)
{
    public LandingBranding Current => LandingBranding.From(partnerConfig.Value);

    public PageBrand Page => PageBrand.From(Current);

    public PageBrand Candidates(CandidateBrand brand) => PageBrand.ForCandidates(brand, greenhouse.Value.ProductName);
}
