using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Landing.Queries.GetLandingPage;

/// <summary>What a landing page shows: the partner, the account, and the Databricks connections of this workspace.</summary>
public sealed record LandingPageModel(
    RedirectValue Page,
    LandingBranding Branding,
    string? FirstName,
    string? LastName,
    string? AccountDomain,
    bool AccountExpired,
    DateTimeOffset TrialEndsAt,
    bool CanStartTrial,
    bool SignedUp,
    bool RequireManualSignup,
    IReadOnlyList<LandingConnection> Connections,
    string? PurchaseUrl,
    string? ContactEmail,
    string? HandOffUrl);
