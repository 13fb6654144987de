namespace Partner.Application.TestInstances;

/// <summary>The candidate page: /assessments/{token}, built on the PartnerConfig base_url.</summary>
public static class CandidateLinks
{
    public const string PageRoute = "assessments/{token}";
    public const string StartRoute = "assessments/{token}/start";

    public static string Page(string baseUrl, string token)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return $"{baseUrl.TrimEnd('/')}/assessments/{Uri.EscapeDataString(token)}";
    }

    public static string StartPath(string token) => $"/assessments/{Uri.EscapeDataString(token)}/start";
}
