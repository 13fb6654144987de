using Partner.Application.DatabricksPartnerConnect.Interfaces;
using Partner.Domain.DatabricksPartnerConnect.Accounts;
using Partner.Infrastructure.Persistence;
using static Partner.Infrastructure.Persistence.Sqlite.KeptStatements;

namespace Partner.Infrastructure.DatabricksPartnerConnect.Persistence;

/// <summary>
/// <see cref="IConnectFactsReader"/> for SQLite with <see cref="KeptStatements"/>: reading this way cut a sign-in's
/// CPU by ~60% (docs/performance.md). The SQL is <see cref="EfConnectFactsReader"/>'s query as EF writes it for SQLite;
/// <c>ConnectFactsReaderTests</c> holds the two to the same facts.
/// </summary>
public sealed class SqliteConnectFactsReader(ApplicationDbContext db) : IConnectFactsReader
{
    private const string FactsSql = """
        SELECT 1, a."Id", a."TrialState", a."TrialEndsAt", u."Id", u."TrialState", u."SignedUpAt" IS NOT NULL,
               u."Id" IS NOT NULL AND EXISTS (SELECT 1 FROM "UserDatabricksIdentities" AS i
                       WHERE i."UserId" = u."Id" AND i."CloudProvider" = $cloud AND i."DatabricksUserId" = $databricksUserId),
               NULL, NULL
        FROM "Accounts" AS a LEFT JOIN "Users" AS u ON u."AccountId" = a."Id" AND u."Email" = $email
        WHERE a."Domain" = $domain
        UNION ALL
        SELECT 2, c."Id", NULL, NULL, NULL, NULL, 0, 0, c."WorkspaceId", c."CloudProvider"
        FROM "Connections" AS c WHERE c."Id" = $id AND c."DeletedAt" IS NULL
        """;

    private static readonly string[] FactsParameters = ["$domain", "$email", "$cloud", "$databricksUserId", "$id"];

    public async Task<StoredConnectFacts> ReadAsync(ConnectFactsKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var rows = await ReadAllAsync(db, FactsSql, FactsParameters,
            [key.Domain, key.Email, key.CloudProvider, key.DatabricksUserId, Text(key.ConnectionId)],
            r => r.GetInt32(0) == ConnectFactsRow.AccountRow
                ? new ConnectFactsRow
                {
                    Kind = ConnectFactsRow.AccountRow,
                    Id = ParseGuid(r, 1),
                    TrialState = Enum.Parse<TrialState>(r.GetString(2)),
                    TrialEndsAt = new DateTimeOffset(r.GetInt64(3), TimeSpan.Zero),
                    UserId = r.IsDBNull(4) ? null : ParseGuid(r, 4),
                    UserTrialState = r.IsDBNull(5) ? null : Enum.Parse<TrialState>(r.GetString(5)),
                    UserHasSignedUp = !r.IsDBNull(6) && r.GetBoolean(6),
                    UserHasDatabricksIdentity = !r.IsDBNull(7) && r.GetBoolean(7),
                }
                : new ConnectFactsRow
                {
                    Kind = ConnectFactsRow.ConnectionRow,
                    Id = ParseGuid(r, 1),
                    WorkspaceId = r.GetInt64(8),
                    CloudProvider = r.GetString(9),
                },
            cancellationToken);
        return ConnectFactsRow.Facts(rows);
    }
}
