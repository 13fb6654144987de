using Microsoft.AspNetCore.Http.Features;
using Partner.WebApi.Errors;

namespace Partner.WebApi;

/// <summary>
/// Refuses bodies over <see cref="HttpLimitsOptions.MaxRequestBodyBytes"/> with 413 and the envelope: at once when
/// Content-Length says so, and for chunked bodies by lowering the request's body-size limit, which makes Kestrel throw
/// the 413 that PartnerExceptionHandler answers. The one place the setting is applied.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, ErrorResponses responses, Microsoft.Extensions.Options.IOptions<HttpLimitsOptions> options)
{
    /// <summary>How much of a refused body is read and discarded, so the client gets to read the 413 instead of a reset.</summary>
    private const long MaxDrainBytes = 8 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limit = options.Value.MaxRequestBodyBytes;
        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (context.Request.ContentLength > limit)
        {
            await DrainAsync(context, sizeFeature);
            context.Response.Headers.Connection = "close";
            await responses.WriteForStatusAsync(context, StatusCodes.Status413PayloadTooLarge);
            return;
        }

        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        await next(context);
    }

    private static async Task DrainAsync(HttpContext context, IHttpMaxRequestBodySizeFeature? sizeFeature)
    {
        if (context.Request.ContentLength > MaxDrainBytes)
        {
            return;
        }

        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = MaxDrainBytes;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        var buffer = new byte[64 * 1024];
        try
        {
            while (await context.Request.Body.ReadAsync(buffer, timeout.Token) > 0)
            {
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or BadHttpRequestException)
        {
            // The client gave up or lied about the length: answer anyway.
        }
    }
}
