using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Partner.Infrastructure.Persistence.Readers;

/// <summary>
/// Hot-path queries are compiled once: EF's per-execution LINQ translation cost as much as the SQLite query itself
/// (docs/performance.md). EF binds a compiled query to the first model it runs on, and a process can hold several (the
/// functional tests run SQLite and PostgreSQL hosts side by side), hence one per model.
/// </summary>
public sealed class PerModelQuery<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = new();

    public TQuery For(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _byModel.TryGetValue(context.Model, out var query) ? query : _byModel.GetValue(context.Model, _ => compile());
    }
}
