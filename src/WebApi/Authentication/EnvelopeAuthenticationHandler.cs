using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;
using Partner.WebApi.Errors;

namespace Partner.WebApi.Authentication;

/// <summary>Base of our header schemes: parses the Authorization header and answers a challenge with the envelope.</summary>
public abstract class EnvelopeAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ErrorResponses responses,
    FailedAuthenticationThrottle throttle)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string RefusedKey = "Partner.Authentication.RetryAfter";
    private const string DelayKey = "Partner.Authentication.FailureDelay";

    protected abstract string ChallengeScheme { get; }

    protected abstract Task<AuthenticateResult> AuthenticateCredentialsAsync();

    /// <summary>Over the client's failure limit the credentials are not even checked, and the challenge answers 429.</summary>
    protected sealed override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var client = FailedAuthenticationThrottle.ClientOf(Context);
        var shared = Context.RequestServices.GetService<IAuthenticationFailureStore>();
        var (allowed, retryAfter) = await throttle.TryBeginAsync(client, shared, Context.RequestAborted);
        if (!allowed)
        {
            Context.Items[RefusedKey] = retryAfter;
            return AuthenticateResult.Fail("Too many failed authentications from this client.");
        }

        // Only a refusal counts: a lookup that throws (the database down) says nothing about the credentials, and
        // counting it would lock a legitimate caller out once the database is back.
        var failed = false;
        try
        {
            var result = await AuthenticateCredentialsAsync();
            failed = result.Failure is not null;
            return result;
        }
        finally
        {
            Context.Items[DelayKey] = await throttle.EndAsync(client, failed, shared, CancellationToken.None);
        }
    }

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

    /// <summary>Null when read, else the result to answer with; a missing ':' means an empty password.</summary>
    protected AuthenticateResult? ReadBasicCredentials(out string username, out string password)
    {
        username = password = string.Empty;
        if (!TryReadAuthorization("Basic", out var parameter))
        {
            return AuthenticateResult.NoResult();
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
        }
        catch (FormatException)
        {
            return AuthenticateResult.Fail("Malformed Basic credentials.");
        }

        var separator = decoded.IndexOf(':', StringComparison.Ordinal);
        username = separator < 0 ? decoded : decoded[..separator];
        password = separator < 0 ? string.Empty : decoded[(separator + 1)..];
        return null;
    }

    protected AuthenticateResult Success(string name, string role, params System.Security.Claims.Claim[] claims)
    {
        var identity = new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.Name, name), new(System.Security.Claims.ClaimTypes.Role, role), .. claims], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new System.Security.Claims.ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[RefusedKey] is TimeSpan retryAfter)
        {
            Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await responses.WriteAsync(Context, ErrorReason.TooManyRequests, "Too many failed sign-in attempts. Please retry later.",
                "Too many failed authentications from this client.");
            return;
        }

        if (Context.Items[DelayKey] is TimeSpan delay && delay > TimeSpan.Zero)
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
