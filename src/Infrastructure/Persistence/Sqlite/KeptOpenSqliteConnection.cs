#pragma warning disable EF1001 // SqliteRelationalConnection is EF's own SQLite connection; only its close is changed.
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace Partner.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Never closed, only disposed with its DbContext: for SQLite each open and close costs more than a simple query. Outside
/// a transaction an open connection holds no lock, and a pooled DbContext's transaction is disposed before reuse, so
/// keeping it open changes nothing but the cost (docs/decisions/0004-sqlite-fast-path.md).
/// </summary>
public sealed class KeptOpenSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    public static DbContextOptionsBuilder Replace(DbContextOptionsBuilder options) =>
        options.ReplaceService<ISqliteRelationalConnection, KeptOpenSqliteConnection>();

    protected override void CloseDbConnection()
    {
    }

    protected override Task CloseDbConnectionAsync() => Task.CompletedTask;
}
