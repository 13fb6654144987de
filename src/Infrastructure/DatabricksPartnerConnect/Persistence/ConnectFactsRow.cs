using Partner.Application.DatabricksPartnerConnect.Interfaces;
using Partner.Domain.DatabricksPartnerConnect.Accounts;

namespace Partner.Infrastructure.DatabricksPartnerConnect.Persistence;

/// <summary>
/// One row of the connect facts query: the account of the domain with its user (<see cref="AccountRow"/>), or the named
/// live connection (<see cref="ConnectionRow"/>). Both come in one SELECT (a UNION ALL of the two), so a sign-in is one
/// round trip; the columns the other kind leaves empty are null. The unique indexes on Accounts.Domain, Users (AccountId,
/// Email) and the connection's key leave at most one row of each kind.
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

    /// <summary>The facts the rows say (at most one of each kind).</summary>
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
