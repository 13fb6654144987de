namespace Partner.Application.Common.Validation;

public static class HttpUrl
{
    public static bool IsAbsolute(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
