using Microsoft.AspNetCore.Http.Features;
using Partner.WebApi.Errors;

namespace Partner.WebApi;

/// <summary>The HttpLimits section.</summary>
public sealed class HttpLimitsOptions
{
    public const string Section = "HttpLimits";

    /// <summary>Largest accepted request body in bytes (default 256 KiB).</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;
}

/// <summary>
/// Refuses bodies over <see cref="HttpLimitsOptions.MaxRequestBodyBytes"/> with 413 and the envelope: at once when
/// Content-Length says so, and through the server's limit for chunked bodies.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, ErrorResponses responses, Microsoft.Extensions.Options.IOptions<HttpLimitsOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            return responses.WriteForStatusAsync(context, StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        return next(context);
    }
}
