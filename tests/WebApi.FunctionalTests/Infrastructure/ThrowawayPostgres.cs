using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Partner.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// A PostgreSQL server of its own (tests/postgres/throwaway-postgres.sh), for a test that stops and starts it under a
/// running app without disturbing the server other fixtures share.
/// </summary>
public sealed partial class ThrowawayPostgres : IDisposable
{
    private static readonly string Script = Path.Combine(RepositoryRoot.Path, "tests", "postgres", "throwaway-postgres.sh");

    private ThrowawayPostgres(string admin, string directory)
    {
        Admin = admin;
        Directory = directory;
    }

    /// <summary>An admin connection string to the server.</summary>
    public string Admin { get; }

    public string Directory { get; }

    public static ThrowawayPostgres Start()
    {
        var export = Run("start");
        var match = ExportLine().Match(export);
        return match.Success
            ? new ThrowawayPostgres(match.Groups["admin"].Value, match.Groups["dir"].Value)
            : throw new InvalidOperationException("throwaway-postgres.sh start printed no export line: " + export);
    }

    /// <summary>Stops the server as an operator would (fast shutdown: every session is ended), keeping its data.</summary>
    public void Pause() => Run("pause", Directory);

    /// <summary>Starts it again on the same port.</summary>
    public void Resume() => Run("resume", Directory);

    public void Dispose() => Run("stop", Directory);

    private static string Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"throwaway-postgres.sh {string.Join(' ', arguments)} did not finish within 90 s");
        }

        return process.ExitCode == 0
            ? output.Result
            : throw new InvalidOperationException($"throwaway-postgres.sh {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}");
    }

    [GeneratedRegex("PARTNER_TEST_POSTGRES='(?<admin>[^']+)' PARTNER_TEST_POSTGRES_DIR='(?<dir>[^']+)'")]
    private static partial Regex ExportLine();
}
