namespace Partner.Application.Common.Validation;

/// <summary>The one check for "an absolute http(s) URL" used by every validator.</summary>
public static class HttpUrl
{
    public static bool IsAbsolute(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
