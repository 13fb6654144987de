using Microsoft.Extensions.Logging;

namespace Partner.Application.UnitTests.Common.Behaviours;

/// <summary>One log call: the rendered message, every structured value rendered as text, and the exception.</summary>
internal sealed record CapturedLog(LogLevel Level, string Message, IReadOnlyList<string> Values, Exception? Exception)
{
    /// <summary>Everything a log sink could write for this call.</summary>
    public string AllText => string.Join(" | ", [Message, .. Values, Exception?.ToString() ?? string.Empty]);
}
