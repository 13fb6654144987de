using Partner.Application.DatabricksPartnerConnect.Landing.Queries.GetLandingPage;
using Partner.WebApi.Pages;

namespace Partner.WebApi.DatabricksPartnerConnect;

/// <summary>A landing page: its content and the visit's token, which the page's forms post back.</summary>
public sealed record LandingView(string Title, LandingPageModel Page, string Token) : IBrandedPage
{
    public LandingBranding Branding => Page.Branding;

    public PageBrand Brand => PageBrand.From(Page.Branding);
}
