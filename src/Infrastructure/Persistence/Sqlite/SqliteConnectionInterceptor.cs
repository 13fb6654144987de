using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Partner.Infrastructure.Persistence.Sqlite;

/// <summary>
/// synchronous=NORMAL (with WAL) keeps every commit across a process crash and risks only the last ones on power loss,
/// for no fsync per commit. The pragmas live on the native connection, so they are applied once per native connection.
/// </summary>
public sealed class SqliteConnectionInterceptor : DbConnectionInterceptor
{
    // secure_delete: a deleted secret's bytes are overwritten with zeros, not left in free pages of the file.
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA secure_delete=ON;";
    private readonly ConditionalWeakTable<object, object> _initialized = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsPragmas(connection, out var handle))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            _initialized.AddOrUpdate(handle, this);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (NeedsPragmas(connection, out var handle))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            _initialized.AddOrUpdate(handle, this);
        }
    }

    private bool NeedsPragmas(DbConnection connection, out object handle)
    {
        ArgumentNullException.ThrowIfNull(connection);
        handle = (object?)(connection as SqliteConnection)?.Handle ?? connection;
        return !_initialized.TryGetValue(handle, out _);
    }
}
