using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Partner.WebApi.Errors;

namespace Partner.WebApi.Authentication;

/// <summary>Every configured key is compared in constant time; the claims name the key's configuration entry, never the key.</summary>
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

        var settings = admin.CurrentValue;
        var keys = settings.ApiKeys.Select((k, i) => (Key: k, Name: $"Admin:ApiKeys:{i}", Scopes: (IReadOnlyList<string>)[AdminScopes.Everything]))
            .Concat(settings.ScopedKeys.Select((k, i) => (k.Key, Name: $"Admin:ScopedKeys:{i}", Scopes: k.ScopeList)))
            .Where(k => !string.IsNullOrWhiteSpace(k.Key))
            .ToList();
        var index = SecretComparer.IndexOfMatch(key, keys.Select(k => SecretComparer.Hash(k.Key)));
        if (index < 0)
        {
            return Task.FromResult(AuthenticateResult.Fail("Wrong admin key."));
        }

        var found = keys[index];
        return Task.FromResult(Success("admin", "admin",
            [new Claim(AdminScopes.KeyClaimType, found.Name), .. found.Scopes.Select(s => new Claim(AdminScopes.ClaimType, s))]));
    }
}
