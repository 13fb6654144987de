using AutoMapper;
using Partner.Application.GreenhouseAssessment.Branding;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetBrand;

/// <summary>What an organization's candidates see of it; null values use the defaults.</summary>
public sealed record BrandDto
{
    /// <summary>The name candidates see (null: the organization's name).</summary>
    /// <example>Acme Recruiting</example>
    public string? DisplayName { get; init; }

    /// <summary>An https URL of the logo, or null.</summary>
    /// <example>https://cdn.example.com/acme-logo.png</example>
    public string? LogoUrl { get; init; }

    /// <summary>The path we serve the uploaded logo at (PUT .../logo), or null.</summary>
    /// <example>/assessments/logos/0193a6a2c1f07c3b8a1e4d2f9b6c5a71/3f9a0c2d8e7b4a61</example>
    public string? UploadedLogoPath { get; init; }

    /// <summary>#rrggbb of buttons and the pages' band (null: #1d4ed8). Button text is white or black, whichever reads better.</summary>
    /// <example>#0f766e</example>
    public string? AccentColor { get; init; }

    /// <summary>The display name of the e-mails' sender (null: the shown name).</summary>
    /// <example>Acme Talent Team</example>
    public string? EmailSenderName { get; init; }

    /// <summary>Where candidates' replies go (null: no Reply-To).</summary>
    /// <example>talent@acme.example</example>
    public string? ReplyTo { get; init; }

    /// <summary>The IANA time zone deadlines are shown in (null: UTC).</summary>
    /// <example>Europe/Berlin</example>
    public string? TimeZone { get; init; }

    internal sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Organization, BrandDto>()
            .ForMember(d => d.UploadedLogoPath, o => o.MapFrom(s => s.UploadedLogoHash != null ? CandidateBrand.LogoPath(s.Id, s.UploadedLogoHash) : null));
    }
}
