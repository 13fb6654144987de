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
