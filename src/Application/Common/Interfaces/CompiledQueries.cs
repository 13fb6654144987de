using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Partner.Application.Common.Interfaces;

/// <summary>
/// Hot-path queries are compiled once (EF.CompileAsyncQuery): EF's per-execution work to turn a LINQ expression into
/// a cached query (parameter extraction, cache look-up) cost as much as the SQLite query itself (docs/performance.md).
/// Compiled queries take the DbContext; <see cref="IApplicationDbContext"/> is always one.
/// </summary>
public static class CompiledQueries
{
    public static DbContext AsDbContext(this IApplicationDbContext db) =>
        db as DbContext ?? throw new InvalidOperationException("IApplicationDbContext must be an EF Core DbContext to run compiled queries.");
}

/// <summary>
/// One compiled query per EF model. EF binds a compiled query to the first model it runs on and refuses any other; a
/// process can hold several models (one per provider: the functional tests run SQLite and PostgreSQL hosts side by side).
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
