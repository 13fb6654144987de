using Partner.Application.DatabricksPartnerConnect.Landing.Queries.GetLandingPage;
using Partner.Application.DatabricksPartnerConnect.OAuth.Commands.CompleteAuthorization;
using Partner.WebApi.Pages;

namespace Partner.WebApi.DatabricksPartnerConnect;

/// <summary>The OAuth callback's page: what happened, what to do next.</summary>
public sealed record OAuthResultView(string Title, CompleteAuthorizationResult Result,
    LandingBranding Branding) : IBrandedPage
{
    public PageBrand Brand => PageBrand.From(Branding);
}
