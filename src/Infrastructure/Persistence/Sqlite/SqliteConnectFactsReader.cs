using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Accounts;

namespace Partner.Infrastructure.Persistence.Sqlite;

/// <summary>
/// <see cref="IConnectFactsReader"/> for SQLite with prepared statements that are kept. Microsoft.Data.Sqlite compiles
/// the SQL of every new command again (statements are not reused across commands: dotnet/efcore#14044); with EF's
/// per-query work that was the largest cost of a sign-in, and reading this way cut its CPU by ~60%
/// (docs/performance.md). These three statements are prepared once per connection of a pooled DbContext
/// (<see cref="KeptOpenSqliteConnection"/>) and only re-bound per call. The SQL follows the model's SQLite mapping:
/// GUIDs as upper-case text, enums as their names, DateTimeOffset as UTC ticks
/// (<see cref="DateTimeOffsetToUtcTicksConverter"/>); <c>ConnectFactsReaderTests</c> checks it against
/// <see cref="EfConnectFactsReader"/>.
/// </summary>
public sealed class SqliteConnectFactsReader(ApplicationDbContext db) : IConnectFactsReader
{
    private const string AccountSql = """SELECT "Id", "TrialState", "TrialEndsAt" FROM "Accounts" WHERE "Domain" = $domain LIMIT 1""";

    private const string UserSql = """
        SELECT u."Id", u."TrialState", u."SignedUpAt" IS NOT NULL,
               EXISTS (SELECT 1 FROM "UserDatabricksIdentities" AS i
                       WHERE i."UserId" = u."Id" AND i."CloudProvider" = $cloud AND i."DatabricksUserId" = $databricksUserId)
        FROM "Users" AS u WHERE u."AccountId" = $accountId AND u."Email" = $email LIMIT 1
        """;

    private const string ConnectionSql = """
        SELECT "Id", "WorkspaceId", "CloudProvider" FROM "Connections" WHERE "Id" = $id AND "DeletedAt" IS NULL LIMIT 1
        """;

    // The prepared commands of each native connection, dropped with it.
    private static readonly ConditionalWeakTable<DbConnection, Statements> Prepared = [];

    public async Task<StoredConnectFacts> ReadAsync(ConnectFactsKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        var statements = Prepared.GetValue(connection, c => new Statements((SqliteConnection)c));
        statements.Enlist((SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());

        var account = await ReadOneAsync(statements.Account, [key.Domain],
            r => new StoredAccount(ParseGuid(r, 0), Enum.Parse<TrialState>(r.GetString(1)), new DateTimeOffset(r.GetInt64(2), TimeSpan.Zero)),
            cancellationToken);
        var user = account is null ? null : await ReadOneAsync(statements.User,
            [Text(account.Id), key.Email, key.CloudProvider, key.DatabricksUserId],
            r => new StoredUser(ParseGuid(r, 0), Enum.Parse<TrialState>(r.GetString(1)), r.GetBoolean(2), r.GetBoolean(3)),
            cancellationToken);
        var named = key.ConnectionId == Guid.Empty ? null : await ReadOneAsync(statements.Connection, [Text(key.ConnectionId)],
            r => new StoredConnection(ParseGuid(r, 0), r.GetInt64(1), r.GetString(2)),
            cancellationToken);
        return new StoredConnectFacts(account, user, named);
    }

    private static async Task<T?> ReadOneAsync<T>(SqliteCommand command, object[] values, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
        where T : class
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? read(reader) : null;
    }

    private static string Text(Guid id) => id.ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant();

    private static Guid ParseGuid(SqliteDataReader reader, int ordinal) => Guid.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture);

    private sealed class Statements(SqliteConnection connection)
    {
        public SqliteCommand Account { get; } = Prepare(connection, AccountSql, "$domain");

        public SqliteCommand User { get; } = Prepare(connection, UserSql, "$accountId", "$email", "$cloud", "$databricksUserId");

        public SqliteCommand Connection { get; } = Prepare(connection, ConnectionSql, "$id");

        /// <summary>Runs the statements in the DbContext's transaction, if it has one (SQLite requires it).</summary>
        public void Enlist(SqliteTransaction? transaction)
        {
            Account.Transaction = transaction;
            User.Transaction = transaction;
            Connection.Transaction = transaction;
        }

        private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            return command;
        }
    }
}
