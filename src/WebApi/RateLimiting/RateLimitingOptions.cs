namespace Partner.WebApi.RateLimiting;

/// <summary>The RateLimiting section: requests per client (credential, else IP) per window on the partner endpoints.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    public int PermitLimit { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
