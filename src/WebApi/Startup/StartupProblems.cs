namespace Partner.WebApi.Startup;

/// <summary>
/// A start-up problem that is not a setting (an unreachable database, a port in use, a value that does not convert) as
/// one line: the messages of the exception and its causes, without the framework's wrapping and without a stack trace.
/// </summary>
public static class StartupProblems
{
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var messages = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is AggregateException { InnerExceptions.Count: > 0 } aggregate)
            {
                current = aggregate.InnerExceptions[0];
            }

            var message = current.Message.ReplaceLineEndings(" ").Trim();
            if (message.Length > 0 && !messages.Any(m => m.Contains(message, StringComparison.Ordinal)))
            {
                messages.Add(message);
            }
        }

        return string.Join(" ", messages.Take(3));
    }
}
