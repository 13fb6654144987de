using Microsoft.Data.Sqlite;
using Npgsql;

namespace Partner.WebApi.FunctionalTests.Infrastructure;

/// <summary>Ways a database refuses a write, injected by fault tests.</summary>
public enum DatabaseFailure
{
    Busy,
    DiskFull,
    ReadOnly,
    Timeout,
    BrokenConnection,
}

/// <summary>The exception each provider's client throws for a <see cref="DatabaseFailure"/>.</summary>
public static class DatabaseFailures
{
    public static Exception Exception(DatabaseFailure failure, Provider provider) => (failure, provider) switch
    {
        (DatabaseFailure.Busy, Provider.Sqlite) => new SqliteException("database is locked", 5),
        (DatabaseFailure.DiskFull, Provider.Sqlite) => new SqliteException("database or disk is full", 13),
        (DatabaseFailure.ReadOnly, Provider.Sqlite) => new SqliteException("attempt to write a readonly database", 8),
        (DatabaseFailure.Busy, Provider.PostgreSql) => new PostgresException("could not obtain lock on row", "ERROR", "ERROR", PostgresErrorCodes.LockNotAvailable),
        (DatabaseFailure.DiskFull, Provider.PostgreSql) => new PostgresException("could not extend file: No space left on device", "ERROR", "ERROR", PostgresErrorCodes.DiskFull),
        (DatabaseFailure.ReadOnly, Provider.PostgreSql) => new PostgresException("cannot execute INSERT in a read-only transaction", "ERROR", "ERROR", PostgresErrorCodes.ReadOnlySqlTransaction),
        (DatabaseFailure.Timeout, _) => new TimeoutException("The command timed out."),
        (DatabaseFailure.BrokenConnection, _) => new InvalidOperationException("The connection broke."),
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, null),
    };
}
