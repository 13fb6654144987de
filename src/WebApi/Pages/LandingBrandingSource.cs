using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.DatabricksPartnerConnect.Landing.Queries.GetLandingPage;
using Partner.Application.GreenhouseAssessment;
using Partner.Application.GreenhouseAssessment.Branding;

namespace Partner.WebApi.Pages;

/// <summary>
/// The brands of pages: the partner's name and description from the PartnerConfig for Databricks pages that have no
/// landing token (errors, OAuth), and the organization's brand with Greenhouse:ProductName for candidate pages.
/// </summary>
public sealed class LandingBrandingSource(IOptions<PartnerConfig> partnerConfig, IOptions<GreenhouseOptions> greenhouse)
{
    public LandingBranding Current => LandingBranding.From(partnerConfig.Value);

    public PageBrand Page => PageBrand.From(Current);

    public PageBrand Candidates(CandidateBrand brand) => PageBrand.ForCandidates(brand, greenhouse.Value.ProductName);
}
