using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Partner.Infrastructure.Persistence;

/// <summary>
/// Per-connection SQLite settings. With the WAL journal (set once by <see cref="DatabaseInitializer"/>),
/// synchronous=NORMAL keeps every committed transaction across a process crash (SIGKILL) and only risks the last
/// commits on power loss, in exchange for no fsync per commit.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
