using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Landing.Queries.GetLandingPage;

/// <summary>Reads a redirect_uri token for the landing page at <paramref name="Page"/>.</summary>
public sealed record GetLandingPageQuery(RedirectValue Page, string? Token) : IRequest<LandingPageModel>;
