namespace Partner.Application.Operations.Readiness;

/// <summary>
/// "Ready for Databricks and Greenhouse": every onboarding requirement, passed or not, and what to do; and which build
/// answers (<see cref="ServiceVersion"/>).
/// </summary>
public sealed record ReadinessReport(bool Ready, IReadOnlyList<ReadinessCheck> Checks)
{
    /// <example>1.0.0</example>
    public string Version { get; init; } = ServiceVersion.Version;

    /// <summary>The commit the service was built from.</summary>
    public string Commit { get; init; } = ServiceVersion.Commit;
}
