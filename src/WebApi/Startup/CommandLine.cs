using Partner.Application.Operations;

namespace Partner.WebApi.Startup;

/// <summary>
/// The verbs of `dotnet Partner.WebApi.dll` (docs/operations.md "Command line"): none runs the service; migrate, check
/// and rotate-keys run once and exit; --version and --help print and exit before anything is configured.
/// </summary>
public static class CommandLine
{
    public const string Migrate = "migrate";
    public const string Check = "check";
    public const string RotateKeys = "rotate-keys";

    /// <summary>The verb: the first argument when it is one of ours, else null (the service runs).</summary>
    public static string? Verb(string[] args) =>
        args is [var first, ..] && first is Migrate or Check or RotateKeys or "--version" or "--help" or "-h" ? first : null;

    /// <summary>Whether the verb runs once and exits: its logs go to stderr, its report to stdout.</summary>
    public static bool RunsOnce(string? verb) => verb is Migrate or Check or RotateKeys;

    public static string Version => $"Partner {ServiceVersion.Version} (commit {ServiceVersion.Commit})";

    public const string Help = """
        Usage: dotnet Partner.WebApi.dll [verb] [--Section:Key=value ...]

          (no verb)     run the service
          migrate       apply the pending migrations to the configured database, then exit 0
          check         the readiness report for the configured database and settings; changes nothing;
                        exit 0 ready, 1 not ready, 2 configuration error
          rotate-keys   re-protect every stored secret under a new key encrypted with DataProtection:Certificate,
                        delete the older keys; run it with the service stopped (docs/operations.md "Security")
          --version     the version and the commit it was built from
          --help        this text

        Settings come from appsettings.json, environment variables (Section__Key) and the command line
        (--Section:Key=value). A start-up problem prints one line per problem on stderr and exits 2.
        """;
}
