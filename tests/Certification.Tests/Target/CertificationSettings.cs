namespace Partner.Certification.Tests.Target;

/// <summary>The environment variables that point the suite at a running deployment (docs/certification.md).</summary>
public static class CertificationSettings
{
    public static Uri? RemoteBaseUrl => Environment.GetEnvironmentVariable("PARTNER_BASE_URL") is { Length: > 0 } url ? new Uri(url) : null;

    public static string? DatabricksUsername => Get("PARTNER_DATABRICKS_USERNAME");

    public static string? DatabricksPassword => Get("PARTNER_DATABRICKS_PASSWORD");

    public static string? PartnerConfigPath => Get("PARTNER_CONFIG_PATH");

    public static bool AllowRepeatedTrials => bool.TryParse(Get("PARTNER_ALLOW_REPEATED_TRIALS"), out var value) && value;

    public static string? GreenhouseApiKey => Get("PARTNER_GREENHOUSE_API_KEY");

    /// <summary>An existing test of the Greenhouse key's organization; default: the first one list_tests answers.</summary>
    public static string? GreenhouseTestId => Get("PARTNER_GREENHOUSE_TEST_ID");

    public static string? AdminKey => Get("PARTNER_ADMIN_KEY");

    public static bool ReportResponseErrors => bool.TryParse(Get("PARTNER_REPORT_RESPONSE_ERRORS"), out var value) && value;

    public static string? ReportPath => Get("PARTNER_REPORT_PATH");

    private static string? Get(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
