using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Partner.Application.GreenhouseAssessment;
using Partner.WebApi.Authentication;
using Partner.WebApi.Errors;

namespace Partner.WebApi.GreenhouseAssessment;

/// <summary>
/// docs/greenhouse.md "The contract": "Greenhouse authenticates every call with HTTP Basic: the organization's API key as user name, empty
/// password". The key is looked up by its SHA-256 hash (an index seek on a hash, so no timing leak of the key) through
/// <see cref="GreenhouseKeyResolver"/>; a revoked key fails.
/// </summary>
public sealed class GreenhouseBasicAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ErrorResponses responses,
    FailedAuthenticationThrottle throttle, GreenhouseKeyResolver keys)
    : EnvelopeAuthenticationHandler(options, logger, encoder, responses, throttle)
{
    protected override string ChallengeScheme => "Basic realm=\"Greenhouse Assessment\", charset=\"UTF-8\"";

    protected override async Task<AuthenticateResult> AuthenticateCredentialsAsync()
    {
        if (ReadBasicCredentials(out var apiKey, out _) is { } unread)
        {
            return unread;
        }

        if (apiKey.Length is 0 or > 200)
        {
            return AuthenticateResult.Fail("Malformed Basic credentials.");
        }

        var key = await keys.ResolveAsync(apiKey, Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("Wrong Greenhouse API key.");
        }

        return Success(key.OrganizationId.ToString(), "greenhouse", new Claim(GreenhouseClaims.OrganizationId, key.OrganizationId.ToString()),
            new Claim(GreenhouseClaims.ApiKeyId, key.KeyId.ToString()));
    }
}
