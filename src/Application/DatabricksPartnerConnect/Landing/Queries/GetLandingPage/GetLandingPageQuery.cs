using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Landing.Queries.GetLandingPage;

public sealed record GetLandingPageQuery(RedirectValue Page, string? Token) : IRequest<LandingPageModel>;

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

public sealed record LandingBranding(string Name, string Description, string? TermsOfServiceUrl, string? PrivacyPolicyUrl)
{
    public static LandingBranding From(Common.Configuration.PartnerConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new LandingBranding(config.Name, config.DescriptionBlurb, NullIfEmpty(config.TermsOfService), NullIfEmpty(config.PrivacyPolicy));
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>One Databricks connection of the visit's workspace, without any credential.</summary>
public sealed record LandingConnection(
    Guid Id, string WorkspaceHost, long WorkspaceId, string CloudProvider, string? ComputeKind, string? ComputeId, DateTimeOffset CreatedAt,
    bool UsesOAuthU2M = false, DateTimeOffset? AuthorizedAt = null)
{
    public static LandingConnection From(Domain.DatabricksPartnerConnect.Connections.Connection connection, bool usesOAuthU2M)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var host = Uri.TryCreate(connection.WorkspaceUrl, UriKind.Absolute, out var url) ? url.Host : connection.Hostname;
        var kind = string.IsNullOrEmpty(connection.ClusterId) ? null : connection.IsSqlWarehouse ? "SQL warehouse" : "Cluster";
        return new LandingConnection(connection.Id, host, connection.WorkspaceId, connection.CloudProvider, kind, connection.ClusterId,
            connection.CreatedAt, usesOAuthU2M, connection.ProtectedRefreshToken is null ? null : connection.AuthorizedAt);
    }

    /// <summary>A U2M connection nobody has authorized (or whose authorization Databricks no longer accepts).</summary>
    public bool NeedsAuthorization => UsesOAuthU2M && AuthorizedAt is null;
}
