using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Partner.TestSupport;

/// <summary>One log entry: the formatted message, the values of its template, and the exception text.</summary>
public sealed record CapturedLogEntry(string Category, LogLevel Level, string Message, string StateValues, string? Exception)
{
    /// <summary>Everything of the entry a reader (or a log sink) could see.</summary>
    public string FullText => $"{Category} {Level} {Message} {StateValues} {Exception}";
}

/// <summary>A logger provider that keeps every entry in memory, for assertions on what the app logs.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();

    public IReadOnlyList<CapturedLogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    public void Dispose()
    {
        // Entries stay readable after the app stops.
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new StringBuilder();
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var (key, value) in pairs)
                {
                    values.Append(key).Append('=').Append(value).Append(' ');
                }
            }

            entries.Enqueue(new CapturedLogEntry(category, logLevel, formatter(state, exception), values.ToString(), exception?.ToString()));
        }
    }
}
