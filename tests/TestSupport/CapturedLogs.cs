using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Partner.TestSupport;

/// <summary>
/// Keeps every log entry and scope in memory, for assertions on what is logged: a provider for a whole app
/// (<see cref="PartnerApiFactory"/>'s captureLogs) or one typed logger handed to a class under test.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();
    private readonly ConcurrentQueue<string> _scopes = new();

    public IReadOnlyList<CapturedLogEntry> Entries => [.. _entries];

    /// <summary>The state of every scope begun, as text (a scope can carry what a sink writes as much as a message).</summary>
    public IReadOnlyList<string> Scopes => [.. _scopes];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, this);

    /// <summary>A logger for a class under test that asks for an <see cref="ILogger{TCategoryName}"/>.</summary>
    public ILogger<T> CreateLogger<T>() => new CapturingLogger<T>(this);

    public void Dispose()
    {
        // Entries stay readable after the app stops.
    }

    private class CapturingLogger(string category, CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            logs._scopes.Enqueue(state.ToString() ?? string.Empty);
            return null;
        }

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
            else
            {
                values.Append(state);
            }

            logs._entries.Enqueue(new CapturedLogEntry(category, logLevel, formatter(state, exception), values.ToString(), exception));
        }
    }

    private sealed class CapturingLogger<T>(CapturedLogs logs) : CapturingLogger(typeof(T).FullName ?? typeof(T).Name, logs), ILogger<T>;
}
