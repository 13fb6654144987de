using System.Reflection;

namespace Partner.Application.Operations;

/// <summary>
/// The service's version (Directory.Build.props Version) and the commit it was built from (the SDK appends it to the
/// informational version as +sha): `--version`, /admin/readiness, the start-up log.
/// </summary>
public static class ServiceVersion
{
    private static readonly string Informational =
        typeof(ServiceVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static string Version => Informational.Split('+')[0];

    /// <summary>The commit, or "unknown" when built outside git.</summary>
    public static string Commit => Informational.Contains('+', StringComparison.Ordinal) ? Informational[(Informational.IndexOf('+', StringComparison.Ordinal) + 1)..] : "unknown";
}
