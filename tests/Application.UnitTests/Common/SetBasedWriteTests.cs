using Partner.Application.Common.Interfaces;

namespace Partner.Application.UnitTests.Common;

/// <summary>
/// A set-based write (EF's ExecuteUpdate / ExecuteDelete) bypasses SaveChanges, and with it the SQLite write gate,
/// unless it runs through <see cref="IApplicationDbContext.ExecuteWriteAsync"/> (docs/decisions/0004-sqlite-fast-path.md).
/// This holds every one in the compiled Application and Infrastructure to that: each is written in a lambda whose
/// method passes it to ExecuteWriteAsync, so that a new one cannot collide with the process's saves in SQLite's busy
/// handler.
/// </summary>
public sealed class SetBasedWriteTests
{
    private static readonly string[] SetBasedWrites = ["ExecuteUpdate", "ExecuteUpdateAsync", "ExecuteDelete", "ExecuteDeleteAsync"];

    [Test]
    public void EverySetBasedWrite_RunsThroughExecuteWriteAsync()
    {
        var assemblies = new[] { typeof(IApplicationDbContext).Assembly, typeof(Infrastructure.DependencyInjection).Assembly };
        var found = new List<string>();
        var outside = new List<string>();
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => !t.IsNested))
        {
            foreach (var method in CompiledCalls.Calling(type, m => SetBasedWrites.Contains(m.Name) && m.DeclaringType?.Namespace == "Microsoft.EntityFrameworkCore"))
            {
                var (writtenIn, calls) = CompiledCalls.WrittenIn(method, type);
                var where = $"{type.Name}.{writtenIn}";
                found.Add(where);
                // Inside when the write is a lambda (not the method's own code) and that method calls ExecuteWriteAsync.
                var inLambda = method.Name.Contains(">b__", StringComparison.Ordinal);
                if (!inLambda || !calls.Any(c => c.Name == nameof(IApplicationDbContext.ExecuteWriteAsync)))
                {
                    outside.Add(where);
                }
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(found, Has.Count.GreaterThanOrEqualTo(4), "the outbox's three and the API key's last use, at least");
            Assert.That(outside, Is.Empty, "set-based writes outside IApplicationDbContext.ExecuteWriteAsync");
        });
    }
}
