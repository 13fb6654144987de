using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Partner.Domain.Common;

namespace Partner.WebApi.Errors;

/// <summary>The only table from error reason to HTTP status, and the one writer of the error envelope.</summary>
public sealed class ErrorResponses(IOptions<Microsoft.AspNetCore.Mvc.JsonOptions> jsonOptions)
{
    public static int StatusFor(ErrorReason reason) => reason switch
    {
        ErrorReason.BadRequest => StatusCodes.Status400BadRequest,
        ErrorReason.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorReason.AccountNotFound or ErrorReason.ConnectionNotFound or ErrorReason.NotFound => StatusCodes.Status404NotFound,
        ErrorReason.Conflict or ErrorReason.AuthorizationRequired => StatusCodes.Status409Conflict,
        ErrorReason.TooManyRequests => StatusCodes.Status429TooManyRequests,
        ErrorReason.UpstreamError => StatusCodes.Status502BadGateway,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>The reason for a status the framework chose (unknown route, 405, 413, 415, ...).</summary>
    public static ErrorReason ReasonFor(int status) => status switch
    {
        StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => ErrorReason.Unauthorized,
        StatusCodes.Status404NotFound => ErrorReason.NotFound,
        StatusCodes.Status409Conflict => ErrorReason.Conflict,
        StatusCodes.Status429TooManyRequests => ErrorReason.TooManyRequests,
        >= 500 => ErrorReason.GeneralError,
        _ => ErrorReason.BadRequest,
    };

    public static string DefaultMessageFor(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "Missing or wrong credentials.",
        StatusCodes.Status403Forbidden => "These credentials may not call this endpoint.",
        StatusCodes.Status404NotFound => "No such endpoint.",
        StatusCodes.Status405MethodNotAllowed => "This endpoint does not accept this HTTP method.",
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON (Content-Type: application/json).",
        StatusCodes.Status429TooManyRequests => "Too many requests; retry later.",
        >= 500 => "An unexpected error occurred.",
        _ => "The request is malformed.",
    };

    public Task WriteAsync(HttpContext context, int status, ErrorEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(envelope, jsonOptions.Value.JsonSerializerOptions), context.RequestAborted);
    }

    public Task WriteAsync(HttpContext context, ErrorReason reason, string? displayMessage, string? debuggingMessage) =>
        WriteAsync(context, StatusFor(reason), new ErrorEnvelope
        {
            ErrorReason = reason,
            DisplayMessage = displayMessage,
            DebuggingMessage = debuggingMessage,
        });

    public Task WriteForStatusAsync(HttpContext context, int status) =>
        WriteAsync(context, status, new ErrorEnvelope { ErrorReason = ReasonFor(status), DebuggingMessage = DefaultMessageFor(status) });
}
