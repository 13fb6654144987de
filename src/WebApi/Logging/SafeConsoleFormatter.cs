using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Partner.WebApi.Logging;

/// <summary>
/// The console format (<c>level: category[event] message</c>) for every category: bearer tokens that travel in URLs (the
/// patterns below) and the argument values of MVC's Trace line for an action are written as <c>***</c>, and control
/// characters are escaped, so a request field cannot forge a log line or a terminal sequence.
/// </summary>
public sealed partial class SafeConsoleFormatter(IOptionsMonitor<ConsoleFormatterOptions> options) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "partner";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        ArgumentNullException.ThrowIfNull(textWriter);
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception);
        if ((message is null && logEntry.Exception is null) || IsReportedByProgram(logEntry.Category, logEntry.EventId))
        {
            return;
        }

        var line = new StringBuilder();
        if (options.CurrentValue.TimestampFormat is { } timestampFormat)
        {
            var now = options.CurrentValue.UseUtcTimestamp ? DateTimeOffset.UtcNow : DateTimeOffset.Now;
            line.Append(now.ToString(timestampFormat, CultureInfo.InvariantCulture));
        }

        line.Append(Level(logEntry.LogLevel)).Append(": ").Append(logEntry.Category)
            .Append('[').Append(logEntry.EventId.Id.ToString(CultureInfo.InvariantCulture)).Append("] ")
            .Append(EscapeControlCharacters(Redact(message ?? string.Empty)));
        textWriter.WriteLine(line.ToString());
        if (logEntry.Exception is { } exception)
        {
            foreach (var exceptionLine in Redact(exception.ToString()).Split('\n'))
            {
                textWriter.Write("      ");
                textWriter.WriteLine(EscapeControlCharacters(exceptionLine.TrimEnd('\r')));
            }
        }
    }

    /// <summary>
    /// Entries the service reports itself, once and with what to do: the host's start failure (Program.cs), Data
    /// Protection's "no XML encryptor" and AutoMapper's licence notice (Startup/DeploymentWarnings.cs).
    /// </summary>
    public static bool IsReportedByProgram(string category, EventId eventId) =>
        (eventId.Id == 11 && category == "Microsoft.Extensions.Hosting.Internal.Host")
        || (eventId.Id == 35 && category == "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager")
        || category == "LuckyPennySoftware.AutoMapper.License";

    public static string Redact(string text) =>
        ActionArguments().Replace(RouteToken().Replace(QueryToken().Replace(CandidatePath().Replace(text, "***"), "***"), "***"), "***");

    /// <summary>Also escapes U+2028 and U+2029, at which some viewers break lines, and the bidirectional controls, which reorder what a reader sees.</summary>
    public static string EscapeControlCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsEscaped))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsEscaped(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static bool IsEscaped(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };

    // The candidate link, /assessments/{token}[/start], and the recruiter's results page, /assessments/results/{token}.
    [GeneratedRegex(@"(?<=/assessments/results/)[^/?#\s""'<>]+|(?<=/assessments/)(?!results/)[^/?#\s""'<>]+", RegexOptions.CultureInvariant)]
    private static partial Regex CandidatePath();

    // ?token=... and &token=... (the landing pages' redirect token), and the OAuth callback's code and state.
    [GeneratedRegex(@"(?<=[?&](?:token|code|state)=)[^&#\s""'<>]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex QueryToken();

    // Route and argument values as MVC logs them: token = "..." / token: ...
    [GeneratedRegex(@"(?<=\btoken\s*(?:=|:)\s*""?)[^""\s,}]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RouteToken();

    // MVC's Trace line "Executing action method ... with arguments (...)" lists argument values without their names.
    [GeneratedRegex(@"(?<=with arguments \().*(?=\))", RegexOptions.CultureInvariant)]
    private static partial Regex ActionArguments();
}
