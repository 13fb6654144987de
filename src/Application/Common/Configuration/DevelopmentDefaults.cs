namespace Partner.Application.Common.Configuration;

/// <summary>
/// The documented Development conveniences (src/WebApi/appsettings.Development.json, README "Run it"). Outside
/// Development they are refused: in settings at start, and the Greenhouse key at every call, even when a database first
/// used in Development still holds it.
/// </summary>
public static class DevelopmentDefaults
{
    public const string DatabricksPassword = "dev-password-change-me";
    public const string AdminApiKey = "dev-admin-key-change-me";
    public const string GreenhouseApiKey = "dev-greenhouse-key-change-me";

    /// <summary>Scoped admin keys (Admin:ScopedKeys): the assessment product's, the partner product's and the metrics scraper's.</summary>
    public const string TestStatusKey = "dev-test-status-key-change-me";
    public const string TokensKey = "dev-tokens-key-change-me";
    public const string MetricsKey = "dev-metrics-key-change-me";

    public static bool IsDevelopmentSecret(string? value) =>
        value is DatabricksPassword or AdminApiKey or GreenhouseApiKey or TestStatusKey or TokensKey or MetricsKey;
}
