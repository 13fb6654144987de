namespace Partner.WebApi;

/// <summary>The HttpLimits section.</summary>
public sealed class HttpLimitsOptions
{
    public const string Section = "HttpLimits";

    /// <summary>Largest accepted request body in bytes (default 256 KiB).</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;
}
