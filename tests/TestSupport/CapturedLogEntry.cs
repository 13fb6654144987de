using Microsoft.Extensions.Logging;

namespace Partner.TestSupport;

/// <summary>One log entry: the formatted message, the values of its template as text, and the exception itself.</summary>
public sealed record CapturedLogEntry(string Category, LogLevel Level, string Message, string StateValues, Exception? Exception)
{
    /// <summary>Everything of the entry a reader (or a log sink) could see.</summary>
    public string FullText => $"{Category} {Level} {Message} {StateValues} {Exception}";
}
