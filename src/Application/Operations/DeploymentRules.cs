using Partner.Application.Common.Configuration;

namespace Partner.Application.Operations;

/// <summary>Each rule answers one line naming the setting (docs/operations.md "Configuration checks").</summary>
public static class DeploymentRules
{
    public const int MinimumSecretLength = 24;

    public static IEnumerable<string> SecretProblems(string key, string? value, bool isDevelopment, bool isProduction)
    {
        if (!isDevelopment && DevelopmentDefaults.IsDevelopmentSecret(value))
        {
            yield return $"{key} is a documented Development value; it is refused outside Development.";
        }
        else if (isProduction && (value?.Length ?? 0) < MinimumSecretLength)
        {
            yield return $"{key} must be at least {MinimumSecretLength} characters in Production.";
        }
    }

    public static string? PublicBaseUrlProblem(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var url))
        {
            return $"PartnerConfig base_url '{baseUrl}' is not an absolute URL.";
        }

        if (url.Scheme != Uri.UriSchemeHttps)
        {
            return $"PartnerConfig base_url {baseUrl} is not https: Databricks and browsers need https.";
        }

        return url.IsLoopback
            ? $"PartnerConfig base_url {baseUrl} is on this machine (localhost): no one else can reach it."
            : null;
    }
}
