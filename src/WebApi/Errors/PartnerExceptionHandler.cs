using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Partner.Application.Common.Exceptions;
using Partner.Domain.Common;
using Partner.WebApi.Pages;

namespace Partner.WebApi.Errors;

/// <summary>Maps every exception to the error envelope: the one place that does so. No stack trace ever leaves.</summary>
public sealed class PartnerExceptionHandler(ErrorResponses responses, ILogger<PartnerExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var (status, envelope) = exception switch
        {
            PartnerException partner => (ErrorResponses.StatusFor(partner.Reason), new ErrorEnvelope
            {
                ErrorReason = partner.Reason,
                DisplayMessage = partner.DisplayMessage,
                DebuggingMessage = partner.DebuggingMessage,
                Upstream = partner.Upstream,
                AuthorizationUrl = partner.AuthorizationUrl,
            }),
            DomainRuleException rule => (StatusCodes.Status409Conflict, new ErrorEnvelope
            {
                ErrorReason = ErrorReason.Conflict,
                DisplayMessage = rule.Message,
            }),
            ValidationException validation => (StatusCodes.Status400BadRequest, new ErrorEnvelope
            {
                ErrorReason = ErrorReason.BadRequest,
                DebuggingMessage = string.Join(" ", validation.Errors.Select(e => e.ErrorMessage).Distinct()),
            }),
            // Kestrel's own refusals while reading the body: 413 too large, 400 malformed, 408 too slow.
            BadHttpRequestException badRequest => (badRequest.StatusCode, new ErrorEnvelope
            {
                ErrorReason = ErrorResponses.ReasonFor(badRequest.StatusCode),
                DebuggingMessage = ErrorResponses.DefaultMessageFor(badRequest.StatusCode),
            }),
            _ => (StatusCodes.Status500InternalServerError, new ErrorEnvelope
            {
                ErrorReason = ErrorReason.GeneralError,
                DisplayMessage = "Something went wrong on our side. Please try again.",
            }),
        };

        if (exception is PartnerException { Reason: ErrorReason.UpstreamError })
        {
            // Databricks' answer, not our failure: no stack trace, and the message holds no token.
            logger.LogWarning("Request {Method} {Path}: upstream call failed: {Message}", httpContext.Request.Method, httpContext.Request.Path,
                exception.Message);
        }
        else if (status >= 500)
        {
            logger.LogError(exception, "Request {Method} {Path} failed", httpContext.Request.Method, httpContext.Request.Path);
        }

        // The exception-handler middleware clears the endpoint before calling us; its feature keeps the original one.
        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<HtmlPageAttribute>() is not null)
        {
            await HtmlErrorPage.WriteAsync(httpContext, status, envelope.DisplayMessage ?? envelope.DebuggingMessage ?? ErrorResponses.DefaultMessageFor(status),
                formRefused: exception is ValidationException);
            return true;
        }

        await responses.WriteAsync(httpContext, status, envelope);
        return true;
    }
}
