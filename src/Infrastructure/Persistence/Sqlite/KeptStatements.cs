using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Partner.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Prepared SQLite commands kept per native connection and only re-bound per call: Microsoft.Data.Sqlite compiles every
/// new command's SQL again (dotnet/efcore#14044; docs/decisions/0004-sqlite-fast-path.md). Readers' SQL must follow the
/// model's SQLite mapping: GUIDs as upper-case text, enums as their names, DateTimeOffset as UTC ticks.
/// </summary>
internal static class KeptStatements
{
    // A connection serves one DbContext, and a DbContext one operation, at a time: the inner dictionary is not shared
    // between threads. Keys are the readers' SQL constants (compared by reference).
    private static readonly ConditionalWeakTable<DbConnection, Dictionary<string, SqliteCommand>> Kept = [];

    /// <summary>The command joins the DbContext's current transaction, which SQLite requires.</summary>
    public static async ValueTask<SqliteCommand> CommandAsync(ApplicationDbContext db, string sql, string[] parameters, object?[] values,
        CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        var commands = Kept.GetValue(connection, _ => new Dictionary<string, SqliteCommand>(ReferenceEqualityComparer.Instance));
        if (!commands.TryGetValue(sql, out var command))
        {
            command = ((SqliteConnection)connection).CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            commands.Add(sql, command);
        }

        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }

    public static async Task<T?> ReadOneAsync<T>(ApplicationDbContext db, string sql, string[] parameters, object?[] values,
        Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
        where T : class
    {
        var command = await CommandAsync(db, sql, parameters, values, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? read(reader) : null;
    }

    public static async Task<List<T>> ReadAllAsync<T>(ApplicationDbContext db, string sql, string[] parameters, object?[] values,
        Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var command = await CommandAsync(db, sql, parameters, values, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public static string Text(Guid id) => id.ToString("D", System.Globalization.CultureInfo.InvariantCulture).ToUpperInvariant();

    public static Guid ParseGuid(SqliteDataReader reader, int ordinal) =>
        Guid.Parse(reader.GetString(ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
