#pragma warning disable EF1001 // SqliteRelationalConnection is EF's own SQLite connection; only its close is changed.
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace Partner.Infrastructure.Persistence.Sqlite;

/// <summary>
/// EF's SQLite connection, except that it is never closed, only disposed with its DbContext. EF opens and closes the
/// connection around every query and again when a pooled DbContext is returned; for SQLite each open and close costs
/// more than a simple query (a locked connection pool, EF's function registration, the pragmas). Outside a
/// transaction an open SQLite connection holds no lock, and a pooled DbContext is reset (its transaction disposed)
/// before it is reused, so keeping it open changes nothing but the cost.
/// </summary>
public sealed class KeptOpenSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    /// <summary>Makes a DbContext use this connection instead of EF's.</summary>
    public static DbContextOptionsBuilder Replace(DbContextOptionsBuilder options) =>
        options.ReplaceService<ISqliteRelationalConnection, KeptOpenSqliteConnection>();

    protected override void CloseDbConnection()
    {
    }

    protected override Task CloseDbConnectionAsync() => Task.CompletedTask;
}
