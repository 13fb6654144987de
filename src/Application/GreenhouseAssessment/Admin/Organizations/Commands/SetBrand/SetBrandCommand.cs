using System.Text.Json.Serialization;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetBrand;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.SetBrand;

/// <summary>
/// Sets the whole brand of an organization; an absent or null value goes back to its default. A logo_url replaces an
/// uploaded logo.
/// </summary>
public sealed record SetBrandCommand : IRequest<BrandDto>, Common.Behaviours.IRetriedOnWriteConflict
{
    /// <summary>The name candidates see (1–100 characters, one line); null: the organization's name.</summary>
    /// <example>Acme Recruiting</example>
    public string? DisplayName { get; init; }

    /// <summary>An absolute https URL of the logo (at most 2048 characters).</summary>
    /// <example>https://cdn.example.com/acme-logo.png</example>
    public string? LogoUrl { get; init; }

    /// <summary>#rrggbb.</summary>
    /// <example>#0f766e</example>
    public string? AccentColor { get; init; }

    /// <summary>The display name of the e-mails' sender (1–100 characters, one line).</summary>
    /// <example>Acme Talent Team</example>
    public string? EmailSenderName { get; init; }

    /// <summary>An e-mail address for candidates' replies.</summary>
    /// <example>talent@acme.example</example>
    public string? ReplyTo { get; init; }

    /// <summary>An IANA time zone, such as Europe/Berlin or America/New_York.</summary>
    /// <example>Europe/Berlin</example>
    public string? TimeZone { get; init; }

    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid OrganizationId { get; init; }
}
