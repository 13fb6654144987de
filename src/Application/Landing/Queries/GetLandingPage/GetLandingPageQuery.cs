using Partner.Domain.Connections;

namespace Partner.Application.Landing.Queries.GetLandingPage;

/// <summary>Reads a redirect_uri token for the landing page at <paramref name="Page"/>.</summary>
public sealed record GetLandingPageQuery(RedirectValue Page, string? Token) : IRequest<LandingPageModel>;

/// <summary>What a landing page shows.</summary>
public sealed record LandingPageModel(
    RedirectValue Page,
    string PartnerName,
    string? FirstName,
    string? AccountDomain,
    bool AccountExpired,
    bool CanStartTrial,
    bool SignedUp);
