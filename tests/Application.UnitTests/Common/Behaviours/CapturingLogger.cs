using Microsoft.Extensions.Logging;

namespace Partner.Application.UnitTests.Common.Behaviours;

/// <summary>An <see cref="ILogger{T}"/> that keeps every call, scopes included, for assertions.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    public List<CapturedLog> Logs { get; } = [];

    public List<string> Scopes { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull
    {
        Scopes.Add(state.ToString() ?? string.Empty);
        return null;
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.Select(p => $"{p.Key}={p.Value}").ToList()
            : [$"{state}"];
        Logs.Add(new CapturedLog(logLevel, formatter(state, exception), values, exception));
    }
}
