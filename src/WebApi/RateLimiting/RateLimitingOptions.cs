namespace Partner.WebApi.RateLimiting;

/// <summary>
/// The RateLimiting section: requests per client (credential, else IP) per window on the partner endpoints, and the
/// landing pages' forms (sign-up, Test connection, Authorize Databricks) per visit and per address.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    public int PermitLimit { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Landing form submissions per visit (landing token) per window.</summary>
    public int LandingPerVisit { get; set; } = 10;

    /// <summary>Landing form submissions per client address per window, whatever the visit.</summary>
    public int LandingPerAddress { get; set; } = 60;
}
