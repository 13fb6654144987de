using System.Text.RegularExpressions;
using Partner.Application.UnitTests.Configuration;

namespace Partner.Application.UnitTests.Common;

/// <summary>
/// A set-based write (EF's ExecuteUpdate / ExecuteDelete) bypasses SaveChanges, and with it the SQLite write gate,
/// unless it runs through <c>IApplicationDbContext.ExecuteWriteAsync</c> (docs/decisions/0004-sqlite-fast-path.md).
/// This holds every one in src to that, so that a new one cannot collide with the process's saves in SQLite's busy
/// handler.
/// </summary>
public sealed partial class SetBasedWriteTests
{
    [Test]
    public void EverySetBasedWriteInSrc_RunsThroughExecuteWriteAsync()
    {
        var files = RepositoryFiles.CSharpSources().ToList();
        var found = 0;
        var outside = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (Match write in SetBasedWrite().Matches(text))
            {
                found++;
                // Inside when the statement it belongs to (the text since the last ';' or '{') opens an ExecuteWriteAsync.
                var statementStart = text.LastIndexOfAny([';', '{'], write.Index) + 1;
                if (!text[statementStart..write.Index].Contains("ExecuteWriteAsync(", StringComparison.Ordinal))
                {
                    var line = text[..write.Index].Count(c => c == '\n') + 1;
                    outside.Add($"{Path.GetRelativePath(RepositoryFiles.Sources, file)}:{line}");
                }
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.GreaterThanOrEqualTo(4), "the outbox's three and the API key's last use, at least");
            Assert.That(outside, Is.Empty, "set-based writes outside IApplicationDbContext.ExecuteWriteAsync");
        });
    }

    [GeneratedRegex(@"\.Execute(Update|Delete)(Async)?\(")]
    private static partial Regex SetBasedWrite();
}
