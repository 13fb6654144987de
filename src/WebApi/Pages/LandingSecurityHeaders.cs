namespace Partner.WebApi.Pages;

/// <summary>The security headers of every HTML page: a strict CSP (no script at all), no framing, no referrer, no caching.</summary>
public static class LandingSecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>A brand whose logo is on another site (an organization's https logo_url) adds its origin to img-src.</summary>
    public static void Apply(HttpResponse response, PageBrand? brand = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        headers.ContentSecurityPolicy = brand?.LogoOrigin is { } origin
            ? ContentSecurityPolicy.Replace("img-src 'self'", $"img-src 'self' {origin}", StringComparison.Ordinal)
            : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        // The URL carries a token: never send it to another site.
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
    }
}
