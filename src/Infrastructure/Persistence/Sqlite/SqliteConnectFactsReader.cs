using Partner.Application.Common.Interfaces;
using Partner.Domain.Accounts;
using static Partner.Infrastructure.Persistence.Sqlite.KeptStatements;

namespace Partner.Infrastructure.Persistence.Sqlite;

/// <summary>
/// <see cref="IConnectFactsReader"/> for SQLite with <see cref="KeptStatements"/>: reading this way cut a sign-in's
/// CPU by ~60% (docs/performance.md). <c>ConnectFactsReaderTests</c> checks the SQL against
/// <see cref="Readers.EfConnectFactsReader"/>.
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

    private static readonly string[] AccountParameters = ["$domain"];
    private static readonly string[] UserParameters = ["$accountId", "$email", "$cloud", "$databricksUserId"];
    private static readonly string[] ConnectionParameters = ["$id"];

    public async Task<StoredConnectFacts> ReadAsync(ConnectFactsKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var account = await ReadOneAsync(db, AccountSql, AccountParameters, [key.Domain],
            r => new StoredAccount(ParseGuid(r, 0), Enum.Parse<TrialState>(r.GetString(1)), new DateTimeOffset(r.GetInt64(2), TimeSpan.Zero)),
            cancellationToken);
        var user = account is null ? null : await ReadOneAsync(db, UserSql, UserParameters,
            [Text(account.Id), key.Email, key.CloudProvider, key.DatabricksUserId],
            r => new StoredUser(ParseGuid(r, 0), Enum.Parse<TrialState>(r.GetString(1)), r.GetBoolean(2), r.GetBoolean(3)),
            cancellationToken);
        var named = key.ConnectionId == Guid.Empty ? null : await ReadOneAsync(db, ConnectionSql, ConnectionParameters, [Text(key.ConnectionId)],
            r => new StoredConnection(ParseGuid(r, 0), r.GetInt64(1), r.GetString(2)),
            cancellationToken);
        return new StoredConnectFacts(account, user, named);
    }
}
