using System.Globalization;

namespace Partner.Application.GreenhouseAssessment.Branding;

/// <summary>A deadline as candidates read it, in the organization's time zone; <see cref="Iso"/> for the &lt;time&gt; element.</summary>
public sealed record Deadline(string Date, string Relative, string Iso)
{
    /// <summary>Both parts, as e-mails write them: "14 December 2026, 17:00 UTC (in 2 days)".</summary>
    public override string ToString() => $"{Date} ({Relative})";

    public static Deadline Of(DateTimeOffset at, string timeZoneId, DateTimeOffset now)
    {
        var zone = Zone(timeZoneId);
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var date = local.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);
        var named = zone == TimeZoneInfo.Utc ? $"{date} UTC" : $"{date} {zone.Id} (UTC{local.ToString("zzz", CultureInfo.InvariantCulture)})";
        return new Deadline(named, RelativeTo(at, now), at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
    }

    /// <summary>"in 2 days", "in 5 hours", "in 12 minutes", "in less than a minute", "3 days ago".</summary>
    public static string RelativeTo(DateTimeOffset at, DateTimeOffset now)
    {
        var span = at - now;
        var length = span.Duration();
        var words = length.TotalDays >= 1 ? Count(length.TotalDays, "day")
            : length.TotalHours >= 1 ? Count(length.TotalHours, "hour")
            : length.TotalMinutes >= 1 ? Count(length.TotalMinutes, "minute")
            : null;
        return words is null ? (span >= TimeSpan.Zero ? "in less than a minute" : "less than a minute ago")
            : span >= TimeSpan.Zero ? $"in {words}" : $"{words} ago";

        static string Count(double value, string unit)
        {
            var n = (long)Math.Round(value, MidpointRounding.AwayFromZero);
            return n == 1 ? $"1 {unit}" : $"{n} {unit}s";
        }
    }

    /// <summary>The IANA (or Windows) zone; UTC when unknown, so a zone removed from the system never breaks a page.</summary>
    public static TimeZoneInfo Zone(string? timeZoneId) =>
        !string.IsNullOrWhiteSpace(timeZoneId) && timeZoneId != "UTC" && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Whether the system knows this time zone id (checked when an organization's brand is saved).</summary>
    public static bool IsKnownZone(string timeZoneId) => timeZoneId == "UTC" || TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _);
}
