using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Partner.WebApi.Errors;

namespace Partner.WebApi.Authentication;

/// <summary>Operators authenticate with "Authorization: Bearer &lt;key&gt;", a key of Admin:ApiKeys.</summary>
public sealed class AdminBearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ErrorResponses responses,
    FailedAuthenticationThrottle throttle,
    IOptionsMonitor<AdminOptions> admin)
    : EnvelopeAuthenticationHandler(options, logger, encoder, responses, throttle)
{
    protected override string ChallengeScheme => "Bearer realm=\"Partner admin\"";

    protected override Task<AuthenticateResult> AuthenticateCredentialsAsync()
    {
        if (!TryReadAuthorization("Bearer", out var key))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var accepted = admin.CurrentValue.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(SecretComparer.Hash);
        return Task.FromResult(SecretComparer.MatchesAny(key, accepted)
            ? Success("admin", "admin")
            : AuthenticateResult.Fail("Wrong admin key."));
    }
}
