using System.Text.RegularExpressions;
using MediatR;
using Partner.Application.Common.Behaviours;
using Partner.Application.UnitTests.Configuration;

namespace Partner.Application.UnitTests.Common;

/// <summary>
/// A use case that saves can lose a race: a row it read is changed, deleted or taken by a concurrent request before its
/// save. Each one either runs again on a write conflict (<see cref="IRetriedOnWriteConflict"/>), so the race answers
/// what a sequential repeat would, or is listed here with the reason a race cannot turn into a 500. A new writing
/// command fails this test until that choice is made.
/// </summary>
public sealed partial class WriteCommandRaceTests
{
    private static readonly Dictionary<string, string> NotRetried = new()
    {
        ["CreateOrganizationCommand"] = "inserts only; a name taken concurrently is a unique violation its handler answers 409",
        ["CreateAssessmentTestCommand"] = "inserts only; a partner_test_id taken concurrently is a unique violation its handler answers 409",
        ["IssueApiKeyCommand"] = "inserts only, into an organization, which is never deleted",
        ["ReportResponseErrorCommand"] = "inserts only, into an organization, which is never deleted",
    };

    [Test]
    public void EveryCommandThatSaves_RunsAgainOnAWriteConflict_OrSaysWhyARaceCannotFailIt()
    {
        var sources = RepositoryFiles.CSharpSources("Application").Select(File.ReadAllText).ToList();
        var handlers = typeof(IRetriedOnWriteConflict).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
                .Select(i => (Handler: t, Request: i.GetGenericArguments()[0])))
            .ToList();

        var saving = handlers.Where(h => sources.Any(text => HandlerBody(text, h.Handler.Name)?.Contains("SaveChangesAsync(", StringComparison.Ordinal) == true))
            .ToList();
        var undecided = saving
            .Where(h => !typeof(IRetriedOnWriteConflict).IsAssignableFrom(h.Request) && !NotRetried.ContainsKey(h.Request.Name))
            .Select(h => h.Request.Name)
            .ToList();
        var listedButRetried = NotRetried.Keys
            .Where(name => saving.Any(h => h.Request.Name == name && typeof(IRetriedOnWriteConflict).IsAssignableFrom(h.Request)))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(saving.Select(h => h.Request.Name), Is.SupersetOf(new[] { "ConnectCommand", "SendTestCommand", "CreateOrganizationCommand" }),
                "the scan finds the handlers that save");
            Assert.That(undecided, Is.Empty, "commands that save, neither retried on a write conflict nor listed with a reason");
            Assert.That(listedButRetried, Is.Empty, "listed as not retried, but marked IRetriedOnWriteConflict");
            Assert.That(NotRetried.Keys, Is.SubsetOf(saving.Select(h => h.Request.Name)), "listed, but no longer saves");
        });
    }

    /// <summary>The text from the handler's declaration to the next class declaration (or the end of the file).</summary>
    private static string? HandlerBody(string text, string handlerName)
    {
        var start = Regex.Match(text, $@"\bclass {Regex.Escape(handlerName)}\b");
        if (!start.Success)
        {
            return null;
        }

        var next = NextClass().Match(text, start.Index + start.Length);
        return next.Success ? text[start.Index..next.Index] : text[start.Index..];
    }

    [GeneratedRegex(@"^\s*(?:(?:public|internal|private|file|sealed|static|abstract|partial)\s+)*(?:class|record)\s+\w+", RegexOptions.Multiline)]
    private static partial Regex NextClass();
}
