using Partner.Application.DatabricksPartnerConnect.Interfaces;
using Partner.Domain.DatabricksPartnerConnect.Accounts;

namespace Partner.Infrastructure.DatabricksPartnerConnect.Persistence;

/// <summary>
/// One row of the connect facts query: the account of the domain with its user, or the named live connection. Both come
/// in one UNION ALL, so a sign-in is one round trip; the unique indexes leave at most one row of each kind.
/// </summary>
public sealed class ConnectFactsRow
{
    public const int AccountRow = 1;
    public const int ConnectionRow = 2;

    public int Kind { get; init; }

    /// <summary>The account's id, or the connection's.</summary>
    public Guid Id { get; init; }

    public TrialState? TrialState { get; init; }

    public DateTimeOffset? TrialEndsAt { get; init; }

    public Guid? UserId { get; init; }

    public TrialState? UserTrialState { get; init; }

    public bool UserHasSignedUp { get; init; }

    public bool UserHasDatabricksIdentity { get; init; }

    public long? WorkspaceId { get; init; }

    public string? CloudProvider { get; init; }

    public static StoredConnectFacts Facts(IEnumerable<ConnectFactsRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        StoredAccount? account = null;
        StoredUser? user = null;
        StoredConnection? connection = null;
        foreach (var row in rows)
        {
            if (row.Kind == AccountRow)
            {
                account = new StoredAccount(row.Id, row.TrialState!.Value, row.TrialEndsAt!.Value);
                user = row.UserId is { } userId
                    ? new StoredUser(userId, row.UserTrialState!.Value, row.UserHasSignedUp, row.UserHasDatabricksIdentity)
                    : null;
            }
            else
            {
                connection = new StoredConnection(row.Id, row.WorkspaceId!.Value, row.CloudProvider!);
            }
        }

        return new StoredConnectFacts(account, user, connection);
    }
}
