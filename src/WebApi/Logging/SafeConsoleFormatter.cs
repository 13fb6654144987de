using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Partner.WebApi.Logging;

/// <summary>
/// The console format of the service, at every level and for every category (ours and the framework's):
/// <list type="bullet">
/// <item>bearer tokens that travel in URLs — the candidate link's path segment (<c>/assessments/{token}</c>) and
/// <c>token</c> query values of the landing pages, the OAuth callback's <c>code</c> and <c>state</c> — are written as <c>***</c>, wherever a message or exception
/// carries them (the framework's request lines, route values, our own messages), and so are the argument values of
/// MVC's Trace line for an action;</item>
/// <item>control characters of a message (CR, LF, ESC, …, e.g. from a request field) are escaped, so a value cannot
/// forge a log line or a terminal sequence; an exception's lines are indented under their entry.</item>
/// </list>
/// One line per entry: <c>level: category[event] message</c>.
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
    /// Entries the service reports itself, once and with what to do, so the library's own is not written: the host's
    /// "Hosting failed to start" with its stack trace (Program.cs prints one line and exits 2), Data Protection's
    /// "no XML encryptor" for each new key and AutoMapper's licence notice (Startup/DeploymentWarnings.cs).
    /// </summary>
    public static bool IsReportedByProgram(string category, EventId eventId) =>
        (eventId.Id == 11 && category == "Microsoft.Extensions.Hosting.Internal.Host")
        || (eventId.Id == 35 && category == "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager")
        || category == "LuckyPennySoftware.AutoMapper.License";

    /// <summary>Replaces the URL-borne tokens with <c>***</c>.</summary>
    public static string Redact(string text) =>
        ActionArguments().Replace(RouteToken().Replace(QueryToken().Replace(CandidatePath().Replace(text, "***"), "***"), "***"), "***");

    /// <summary>
    /// Writes every control character as a visible escape (<c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\u001B</c>…), and so the
    /// line and paragraph separators (U+2028, U+2029), which some viewers break lines at, and the bidirectional controls
    /// (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069), which reorder what a reader sees.
    /// </summary>
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
