namespace Partner.Application.Common.Outbound;

/// <summary>
/// Host patterns of an allow-list: <c>*</c> is any host, <c>*.example.com</c> any subdomain of example.com (not
/// example.com itself), anything else one host. Compared without case and without a trailing dot.
/// </summary>
public static class HostAllowList
{
    public static bool Allows(IEnumerable<string> patterns, string host)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var name = Normalize(host);
        return patterns.Select(Normalize).Any(pattern => pattern == "*"
            || (pattern.StartsWith("*.", StringComparison.Ordinal) && name.EndsWith(pattern[1..], StringComparison.Ordinal) && name.Length > pattern.Length - 1)
            || pattern == name);
    }

    public static bool IsValidPattern(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return false;
        }

        var host = pattern.StartsWith("*.", StringComparison.Ordinal) ? pattern[2..] : pattern;
        return pattern == "*" || Uri.CheckHostName(host.Trim('[', ']')) != UriHostNameType.Unknown;
    }

    public static string Normalize(string host) => host.Trim().TrimEnd('.').Trim('[', ']').ToLowerInvariant();
}
