using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Partner.WebApi.Logging;

/// <summary>partner-json: redacted as <see cref="SafeConsoleFormatter"/> does; JSON escaping keeps control characters from forging lines.</summary>
public sealed class SafeJsonConsoleFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "partner-json";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        ArgumentNullException.ThrowIfNull(textWriter);
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception);
        if ((message is null && logEntry.Exception is null) || SafeConsoleFormatter.IsReportedByProgram(logEntry.Category, logEntry.EventId))
        {
            return;
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("timestamp", DateTimeOffset.UtcNow);
            json.WriteString("level", logEntry.LogLevel.ToString());
            json.WriteString("category", logEntry.Category);
            json.WriteNumber("event_id", logEntry.EventId.Id);
            json.WriteString("message", SafeConsoleFormatter.Redact(message ?? string.Empty));
            if (logEntry.Exception is { } exception)
            {
                json.WriteString("exception", SafeConsoleFormatter.Redact(exception.ToString()));
            }

            json.WriteEndObject();
        }

        textWriter.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
