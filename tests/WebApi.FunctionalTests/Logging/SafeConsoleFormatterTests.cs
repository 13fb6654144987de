using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Partner.WebApi.Logging;

namespace Partner.WebApi.FunctionalTests.Logging;

/// <summary>
/// The console never shows a URL-borne token at any level, whoever logs it (the framework's request lines, MVC's route
/// values, our messages), and a request value cannot forge a log line.
/// </summary>
public sealed class SafeConsoleFormatterTests
{
    private const string CandidateToken = "q3X_9vKpL2mN8rT4wY6zA1bC5dE7fG0hJ";
    private const string RedirectToken = "CfDJ8FvqIW3wWdxIvHvVWzy_tIdap3vus1uSxnyU-FR9UAeb8cr43BdE0b1JGS8gfuza5w4bymabc";

    [TestCase($"Request starting HTTP/1.1 GET http://localhost:5080/assessments/{CandidateToken} - - -")]
    [TestCase($"Request starting HTTP/1.1 POST http://localhost:5080/assessments/{CandidateToken}/start - application/x-www-form-urlencoded 0")]
    [TestCase($"Request finished HTTP/1.1 GET http://localhost:5080/sign-in?token={RedirectToken} - 200 - text/html 4.1ms")]
    [TestCase($"Request starting HTTP/1.1 GET http://localhost:5080/create-trial?x=1&token={RedirectToken}&y=2 - - -")]
    [TestCase($"Route matched with {{token = \"{CandidateToken}\", action = \"Page\", controller = \"CandidateAssessment\"}}.")]
    [TestCase($"Executing action method Partner.WebApi.Controllers.DatabricksPartnerConnect.LandingPagesController.SignIn (Partner.WebApi) with arguments ({RedirectToken}, System.Threading.CancellationToken)")]
    [TestCase($"Binding parameter - token: {RedirectToken}")]
    [TestCase($"Request starting HTTP/1.1 GET http://localhost:5080/assessments/results/{CandidateToken} - - -")]
    [TestCase($"Request starting HTTP/1.1 POST http://localhost:5080/assessments/{CandidateToken}/questions - application/x-www-form-urlencoded 0")]
    [TestCase($"Request starting HTTP/1.1 GET http://localhost:5080/oauth/callback?code={RedirectToken}&state={RedirectToken} - - -")]
    [TestCase($"Request starting HTTP/1.1 GET http://localhost:5080/oauth/callback?state={RedirectToken}&code={RedirectToken} - - -")]
    public void TokensInUrlsAndRouteValues_AreWrittenAsStars(string message)
    {
        var written = Write(LogLevel.Trace, message);

        Assert.Multiple(() =>
        {
            Assert.That(written, Does.Not.Contain(CandidateToken).And.Not.Contain(RedirectToken));
            Assert.That(written, Does.Contain("***"));
        });
    }

    [Test]
    public void ThePaginationTokenAndOtherText_AreLeftAsTheyAre()
    {
        const string Message = "Request starting HTTP/1.1 GET http://localhost/partners/databricks/v1/connectors?pagination_token=abc - -";

        Assert.That(Write(LogLevel.Information, Message), Does.Contain("pagination_token=abc"));
    }

    [Test]
    public void ControlCharactersOfARequestValue_AreEscaped_SoNoLineCanBeForged()
    {
        var written = Write(LogLevel.Information, "Test x\r\nfail: Partner.Forged[0] admin key leaked\u001b[2J sent");

        Assert.Multiple(() =>
        {
            Assert.That(written.TrimEnd('\n', '\r').Split('\n'), Has.Length.EqualTo(1), "one entry, one line");
            Assert.That(written, Does.Contain("\\r\\nfail: Partner.Forged[0]"));
            Assert.That(written, Does.Contain("\\u001B[2J"));
            Assert.That(written, Does.StartWith("info: Test.Category[7] Test x"));
        });
    }

    [TestCase('\u2028', TestName = "LineSeparator_IsEscaped")]
    [TestCase('\u2029', TestName = "ParagraphSeparator_IsEscaped")]
    [TestCase('\u202E', TestName = "RightToLeftOverride_IsEscaped")]
    [TestCase('\u2066', TestName = "LeftToRightIsolate_IsEscaped")]
    [TestCase('\u200F', TestName = "RightToLeftMark_IsEscaped")]
    [TestCase('\u061C', TestName = "ArabicLetterMark_IsEscaped")]
    public void SeparatorsAndBidiControlsOfARequestValue_AreEscaped(char character)
    {
        var written = Write(LogLevel.Information, $"api_call {character}admin key leaked");

        Assert.Multiple(() =>
        {
            Assert.That(written.Contains(character), Is.False, "the raw character");
            Assert.That(written, Does.Contain($"\\u{(int)character:X4}admin key leaked"));
        });
    }

    [Test]
    public void AnExceptionsLines_AreIndentedUnderItsEntry_AndRedacted()
    {
        var exception = new InvalidOperationException($"bad link /assessments/{CandidateToken}");

        var written = Write(LogLevel.Error, "Request failed", exception);

        var lines = written.TrimEnd('\n', '\r').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("fail: Test.Category[7] Request failed"));
            Assert.That(lines.Skip(1), Is.Not.Empty.And.All.StartWith("      "));
            Assert.That(written, Does.Not.Contain(CandidateToken));
        });
    }

    [Test]
    public void TheAppLogsToTheConsoleWithThisFormatter()
    {
        using var factory = new PartnerApiFactory();

        var console = factory.Services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value;

        Assert.That(console.FormatterName, Is.EqualTo(SafeConsoleFormatter.FormatterName));
    }

    private static string Write(LogLevel level, string message, Exception? exception = null)
    {
        var formatter = new SafeConsoleFormatter(new StaticOptions(new ConsoleFormatterOptions()));
        using var writer = new StringWriter();
        formatter.Write(new LogEntry<string>(level, "Test.Category", new EventId(7), message, exception, (state, _) => state), null, writer);
        return writer.ToString();
    }

    private sealed class StaticOptions(ConsoleFormatterOptions value) : IOptionsMonitor<ConsoleFormatterOptions>
    {
        public ConsoleFormatterOptions CurrentValue => value;

        public ConsoleFormatterOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<ConsoleFormatterOptions, string?> listener) => null;
    }
}
