using Partner.Application.DatabricksPartnerConnect.Connections.Commands.TestConnection;
using Partner.Application.DatabricksPartnerConnect.Landing.Queries.GetLandingPage;
using Partner.Domain.DatabricksPartnerConnect.Connections;
using Partner.WebApi.Pages;

namespace Partner.WebApi.DatabricksPartnerConnect;

/// <summary>The result page of the "Test connection" button.</summary>
public sealed record LandingTestView(string Title, RedirectValue Page, string Token, LandingConnection Connection, IReadOnlyList<TestResult> Results,
    LandingBranding Branding) : IBrandedPage
{
    public PageBrand Brand => PageBrand.From(Branding);

    public bool AllSucceeded => Results.All(r => r.Status == CheckStatus.Success);
}
