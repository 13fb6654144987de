using Partner.Application.Common.Exceptions;
using Partner.Domain.Common;

namespace Partner.WebApi;

/// <summary>
/// Refuses, before any endpoint runs, a NUL character in the query or a form (PostgreSQL text cannot hold it; JSON:
/// <see cref="TextWithoutNulConverter"/>) and a form over the framework's limits, which would otherwise surface as an
/// exception. Both answer 400 through the one exception handler.
/// </summary>
public sealed class RequestTextGuardMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (request.Query.Any(p => p.Key.Contains('\0', StringComparison.Ordinal) || p.Value.Any(HasNul)))
        {
            throw Refused();
        }

        // The endpoints read JSON or URL-encoded forms; a multipart body is left to the endpoint, which answers 415.
        if (request.HasFormContentType && request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException)
            {
                throw new PartnerException(ErrorReason.BadRequest, "The form has too many fields or too long a value.",
                    "The form is over the service's limits (1,024 fields, 4 MiB a value).");
            }

            if (form.Any(p => p.Key.Contains('\0', StringComparison.Ordinal) || p.Value.Any(HasNul)))
            {
                throw Refused();
            }
        }

        await next(context);
    }

    private static bool HasNul(string? value) => value is not null && value.Contains('\0', StringComparison.Ordinal);

    private static PartnerException Refused() =>
        new(ErrorReason.BadRequest, "Text may not contain the NUL character (U+0000).", "A query or form value holds the NUL character (U+0000).");
}
