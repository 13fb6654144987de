using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Partner.Domain.Common;
using Partner.WebApi.Errors;

namespace Partner.WebApi.Authentication;

/// <summary>Base of our header schemes: parses the Authorization header and answers a challenge with the envelope.</summary>
public abstract class EnvelopeAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ErrorResponses responses,
    FailedAuthenticationThrottle throttle)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected abstract string ChallengeScheme { get; }

    protected bool TryReadAuthorization(string expectedScheme, out string parameter)
    {
        parameter = string.Empty;
        var header = Request.Headers.Authorization.ToString();
        if (!AuthenticationHeaderValue.TryParse(header, out var value)
            || !string.Equals(value.Scheme, expectedScheme, StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrEmpty(value.Parameter))
        {
            return false;
        }

        parameter = value.Parameter;
        return true;
    }

    protected AuthenticateResult Success(string name, string role)
    {
        throttle.RecordSuccess(FailedAuthenticationThrottle.ClientOf(Context));
        var identity = new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.Name, name), new(System.Security.Claims.ClaimTypes.Role, role)], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new System.Security.Claims.ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var delay = throttle.RecordFailure(FailedAuthenticationThrottle.ClientOf(Context));
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, Context.RequestAborted);
        }

        Response.Headers.WWWAuthenticate = ChallengeScheme;
        await responses.WriteAsync(Context, ErrorReason.Unauthorized, null, "Missing or wrong credentials.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        responses.WriteAsync(Context, StatusCodes.Status403Forbidden,
            new ErrorEnvelope { ErrorReason = ErrorReason.Unauthorized, DebuggingMessage = "These credentials may not call this endpoint." });
}
