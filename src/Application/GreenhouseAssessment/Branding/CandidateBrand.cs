using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Branding;

/// <summary>What a candidate page shows of the organization; the Databricks PartnerConfig never appears on these pages.</summary>
public sealed record CandidateBrand(string OrganizationName, string? LogoSrc, string AccentColor, string TimeZoneId)
{
    /// <summary>A page that belongs to no organization we can tell (an unknown link): the product's own look.</summary>
    public static CandidateBrand None { get; } = new(string.Empty, null, Organization.DefaultAccentColor, "UTC");

    public static CandidateBrand Of(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return new CandidateBrand(organization.ShownName, LogoSrcOf(organization), organization.ShownAccentColor, organization.TimeZone ?? "UTC");
    }

    /// <summary>The logo's address: the https URL, or the uploaded logo's path (its hash in it, so a new logo is never a cached old one).</summary>
    public static string? LogoSrcOf(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return organization.LogoUrl ?? (organization.UploadedLogoHash is { } hash ? LogoPath(organization.Id, hash) : null);
    }

    public const string LogoRoute = "assessments/logos/{organizationId:guid}/{hash}";

    public static string LogoPath(Guid organizationId, string hash) => $"/assessments/logos/{organizationId:N}/{hash[..16]}";

    /// <summary>A deadline in the organization's time zone, with how far it is from <paramref name="now"/>.</summary>
    public Deadline Describe(DateTimeOffset at, DateTimeOffset now) => Deadline.Of(at, TimeZoneId, now);
}
