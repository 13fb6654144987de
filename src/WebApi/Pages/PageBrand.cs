using System.Globalization;
using System.Text.RegularExpressions;
using Partner.Application.DatabricksPartnerConnect.Landing.Queries.GetLandingPage;
using Partner.Application.GreenhouseAssessment.Branding;
using Partner.WebApi.Controllers.DatabricksPartnerConnect;

namespace Partner.WebApi.Pages;

/// <summary>
/// Candidate pages carry the organization's brand and Greenhouse:ProductName, never the PartnerConfig. Colours are chosen
/// for contrast (WCAG 4.5:1): text on the accent is white or near-black, links take the accent only where it reads.
/// </summary>
public sealed partial record PageBrand(string Name, string Accent, string? LogoSrc = null, string? IconSrc = null, string? Description = null,
    string? TermsOfServiceUrl = null, string? PrivacyPolicyUrl = null, string? ProductName = null)
{
    private const string DefaultAccent = "#1d4ed8";
    private const string Ink = "#1f2937";

    public static PageBrand From(LandingBranding branding)
    {
        ArgumentNullException.ThrowIfNull(branding);
        return new PageBrand(branding.Name, DefaultAccent, BrandingController.LogoPath, BrandingController.IconPath, branding.Description,
            branding.TermsOfServiceUrl, branding.PrivacyPolicyUrl);
    }

    /// <summary>A candidate page: the organization's brand (or, for a link we cannot tell, the product's alone).</summary>
    public static PageBrand ForCandidates(CandidateBrand brand, string productName)
    {
        ArgumentNullException.ThrowIfNull(brand);
        return new PageBrand(brand.OrganizationName.Length > 0 ? brand.OrganizationName : productName,
            Colour().IsMatch(brand.AccentColor) ? brand.AccentColor.ToLowerInvariant() : DefaultAccent, brand.LogoSrc, ProductName: productName);
    }

    public string AccentInk => ContrastRatio(Accent, "#ffffff") >= ContrastRatio(Accent, "#111827") ? "#ffffff" : "#111827";

    public string LinkColour => ContrastRatio(Accent, "#ffffff") >= 4.5 ? Accent : Ink;

    /// <summary>The origin of a logo on another site, which the page's Content-Security-Policy must allow; null for our own.</summary>
    public string? LogoOrigin => Uri.TryCreate(LogoSrc, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps
        ? url.GetLeftPart(UriPartial.Authority) : null;

    /// <summary>WCAG 2 contrast ratio of two #rrggbb colours.</summary>
    public static double ContrastRatio(string first, string second)
    {
        var (a, b) = (Luminance(first), Luminance(second));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double Luminance(string colour)
    {
        double Channel(int offset)
        {
            var c = int.Parse(colour.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Colour();
}
