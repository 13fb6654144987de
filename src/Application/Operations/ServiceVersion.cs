using System.Reflection;

namespace Partner.Application.Operations;

/// <summary>The SDK appends the commit to the informational version as +sha.</summary>
public static class ServiceVersion
{
    private static readonly string Informational =
        typeof(ServiceVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static string Version => Informational.Split('+')[0];

    public static string Commit => Informational.Contains('+', StringComparison.Ordinal) ? Informational[(Informational.IndexOf('+', StringComparison.Ordinal) + 1)..] : "unknown";
}
