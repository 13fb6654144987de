using System.Text;
using System.Text.Encodings.Web;

namespace Partner.WebApi.Landing;

/// <summary>Plain, self-contained HTML pages with strict security headers.</summary>
public static class LandingPageRenderer
{
    public static void ApplySecurityHeaders(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        // The URL carries a token: never send it to another site.
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
    }

    public static string Page(string title, string bodyHtml)
    {
        var html = HtmlEncoder.Default;
        var builder = new StringBuilder();
        builder.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(html.Encode(title)).Append("</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5}")
            .Append("button{font-size:1rem;padding:.5rem 1rem}</style></head><body>")
            .Append("<h1>").Append(html.Encode(title)).Append("</h1>")
            .Append(bodyHtml)
            .Append("</body></html>");
        return builder.ToString();
    }

    public static async Task WriteErrorAsync(HttpContext context, int status, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        ApplySecurityHeaders(context.Response);
        await context.Response.WriteAsync(Page("Something is not right", $"<p>{HtmlEncoder.Default.Encode(message)}</p>"),
            context.RequestAborted);
    }
}
