using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NUnit.Framework.Interfaces;
using Partner.Certification.Tests.Target;

namespace Partner.Certification.Tests;

/// <summary>
/// Collects every certification test's outcome (recorded by <see cref="CertificationTest"/>'s TearDown) and, after
/// the run, writes the summary case → pass / fail / skip to the progress output and to
/// artifacts/certification-report.md (or the directory PARTNER_REPORT_PATH).
/// </summary>
[SetUpFixture]
public sealed partial class CertificationReport
{
    private static readonly ConcurrentQueue<Row> Rows = new();

    public static void Record(TestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outcome = context.Result.Outcome.Status switch
        {
            TestStatus.Passed => "pass",
            TestStatus.Failed => "fail",
            _ => "skip",
        };
        var id = CaseId().Match(context.Test.MethodName ?? context.Test.Name);
        var fixture = context.Test.FullName[..Math.Max(0, context.Test.FullName.Length - context.Test.Name.Length - 1)];
        var message = context.Result.Message ?? string.Empty;
        Rows.Enqueue(new Row(id.Success ? id.Value.Replace('_', '/') : "-", ShortFixture(fixture), context.Test.Name, outcome,
            outcome == "pass" ? string.Empty : FirstLine(message)));
    }

    [OneTimeTearDown]
    public void WriteReport()
    {
        var rows = Rows.OrderBy(r => r.Case == "-" ? "~" : r.Case, StringComparer.Ordinal).ThenBy(r => r.Fixture, StringComparer.Ordinal)
            .ThenBy(r => r.Test, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.AppendLine("# Certification report").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Target: {(CertificationSettings.RemoteBaseUrl?.ToString() ?? "in-process (every configuration variant)")}  ");
        text.AppendLine(CultureInfo.InvariantCulture, $"Run: {DateTimeOffset.UtcNow:u}  ");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Totals: {rows.Count(r => r.Outcome == "pass")} pass, {rows.Count(r => r.Outcome == "fail")} fail, {rows.Count(r => r.Outcome == "skip")} skip").AppendLine();
        text.AppendLine("| case | outcome | configuration | test | reason |").AppendLine("|---|---|---|---|---|");
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Case} | {row.Outcome} | {row.Fixture} | {row.Test} | {row.Reason.Replace("|", "\\|", StringComparison.Ordinal)} |");
        }

        TestContext.Progress.WriteLine(text.ToString());
        var directory = CertificationSettings.ReportPath ?? Path.Combine(RepositoryRoot(), "artifacts");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "certification-report.md");
        File.WriteAllText(path, text.ToString());
        TestContext.Progress.WriteLine($"Certification report: {path}");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Partner.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private static string ShortFixture(string fixture)
    {
        var paren = fixture.IndexOf('(', StringComparison.Ordinal);
        var name = paren < 0 ? fixture : fixture[..paren];
        var variant = paren < 0 ? string.Empty : fixture[paren..];
        return name[(name.LastIndexOf('.') + 1)..] + variant;
    }

    private static string FirstLine(string message)
    {
        var line = message.Trim().Split('\n')[0].Trim();
        return line.Length > 300 ? line[..300] + "…" : line;
    }

    [GeneratedRegex(@"^(P\d{3}(_P\d{3})?|AUTH401|GH|OPENAPI)")]
    private static partial Regex CaseId();

    private sealed record Row(string Case, string Fixture, string Test, string Outcome, string Reason);
}

/// <summary>Base of every certification fixture: records each test's outcome for the report.</summary>
public abstract class CertificationTest
{
    [TearDown]
    public void RecordOutcome() => CertificationReport.Record(TestContext.CurrentContext);
}
