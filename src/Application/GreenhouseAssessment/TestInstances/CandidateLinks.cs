namespace Partner.Application.GreenhouseAssessment.TestInstances;

/// <summary>The candidate page: /assessments/{token}, built on the PartnerConfig base_url.</summary>
public static class CandidateLinks
{
    public const string PageRoute = "assessments/{token}";
    public const string StartRoute = "assessments/{token}/start";
    public const string QuestionsRoute = "assessments/{token}/questions";
    public const string ResultsRoute = "assessments/results/{token}";

    public static string Page(string baseUrl, string token)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return $"{baseUrl.TrimEnd('/')}/assessments/{Uri.EscapeDataString(token)}";
    }

    public static string StartPath(string token) => $"/assessments/{Uri.EscapeDataString(token)}/start";

    /// <summary>The questions of a test the service runs: GET shows them, POST submits the answers.</summary>
    public static string QuestionsPath(string token) => $"/assessments/{Uri.EscapeDataString(token)}/questions";

    /// <summary>The recruiter's results page (partner_profile_url of a test the service runs).</summary>
    public static string Results(string baseUrl, string resultsToken)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return $"{baseUrl.TrimEnd('/')}/assessments/results/{Uri.EscapeDataString(resultsToken)}";
    }
}
