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

    /// <summary>Outside Development Databricks must be able to call us: no credential is a refusal.</summary>
    public static string? CredentialsProblem(int credentials, bool isDevelopment) =>
        credentials > 0 || isDevelopment
            ? null
            : "PartnerConnect:Credentials needs at least one Username/Password pair outside Development (Databricks cannot call us otherwise).";

    /// <summary>
    /// Outside Development the key ring must be encrypted: without a certificate, a copy of the database decrypts every
    /// stored secret. DataProtection:AllowUnencryptedKeys lifts the rule for tests.
    /// </summary>
    public static string? KeyRingProblem(bool hasCertificate, bool allowUnencryptedKeys, bool isDevelopment) =>
        hasCertificate || allowUnencryptedKeys || isDevelopment
            ? null
            : "DataProtection:Certificate:Path is required outside Development: without it the key ring that decrypts every stored secret "
                + "is kept in plain text in the database (docs/operations.md \"Security\"; DataProtection:AllowUnencryptedKeys=true for tests only).";

    /// <summary>Why base_url cannot be what Databricks sends users to (not https, or this machine); null when it can.</summary>
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
