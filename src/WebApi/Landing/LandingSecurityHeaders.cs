namespace Partner.WebApi.Landing;

/// <summary>The security headers of every HTML page: a strict CSP (no script at all), no framing, no referrer, no caching.</summary>
public static class LandingSecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        // The URL carries a token: never send it to another site.
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
    }
}
