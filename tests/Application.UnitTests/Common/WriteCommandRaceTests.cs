using MediatR;
using Partner.Application.Common.Behaviours;

namespace Partner.Application.UnitTests.Common;

/// <summary>
/// A use case that saves can lose a race: a row it read is changed, deleted or taken by a concurrent request before its
/// save. Each one either runs again on a write conflict (<see cref="IRetriedOnWriteConflict"/>), so the race answers
/// what a sequential repeat would, or is listed here with the reason a race cannot turn into a 500. A new writing
/// command fails this test until that choice is made.
/// </summary>
public sealed class WriteCommandRaceTests
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
        var handlers = typeof(IRetriedOnWriteConflict).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
                .Select(i => (Handler: t, Request: i.GetGenericArguments()[0])))
            .ToList();

        var saving = handlers.Where(h => CompiledCalls.Of(h.Handler).Any(m => m.Name == "SaveChangesAsync")).ToList();
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
}
