using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.WebApi.Authentication;
using Partner.WebApi.Errors;

namespace Partner.WebApi.DatabricksPartnerConnect;

/// <summary>
/// contract: "Databricks will be authenticating using basic authentication". Several credentials are accepted at once
/// (rotation); user name and password are compared in constant time.
/// </summary>
public sealed class DatabricksBasicAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ErrorResponses responses,
    FailedAuthenticationThrottle throttle,
    IOptionsMonitor<PartnerConnectOptions> partnerConnect)
    : EnvelopeAuthenticationHandler(options, logger, encoder, responses, throttle)
{
    protected override string ChallengeScheme => "Basic realm=\"Partner Connect\", charset=\"UTF-8\"";

    protected override Task<AuthenticateResult> AuthenticateCredentialsAsync()
    {
        if (ReadBasicCredentials(out var presentedUsername, out var presentedPassword) is { } unread)
        {
            return Task.FromResult(unread);
        }

        var presented = SecretComparer.Hash($"{presentedUsername}:{presentedPassword}");
        var matched = false;
        string? username = null;
        foreach (var credential in partnerConnect.CurrentValue.Credentials)
        {
            var accepted = SecretComparer.Hash($"{credential.Username}:{credential.Password}");
            if (System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(presented, accepted))
            {
                matched = true;
                username = credential.Username;
            }
        }

        return Task.FromResult(matched
            ? Success(username!, "databricks")
            : AuthenticateResult.Fail("Wrong Basic credentials."));
    }
}
