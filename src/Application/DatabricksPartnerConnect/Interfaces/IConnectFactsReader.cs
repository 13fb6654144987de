using Partner.Application.Common.Interfaces;
using Partner.Domain.DatabricksPartnerConnect.Accounts;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Interfaces;

/// <summary>Plain values for the hottest path (a sign-in reads this and writes nothing); writes go through <see cref="IApplicationDbContext"/>.</summary>
public interface IConnectFactsReader
{
    /// <summary>
    /// The domain's account, its user with this (lower-cased) e-mail and whether that user's id in this cloud is recorded,
    /// and the live connection with this id (<see cref="Guid.Empty"/>: none asked for).
    /// </summary>
    Task<StoredConnectFacts> ReadAsync(ConnectFactsKey key, CancellationToken cancellationToken);
}

public sealed record ConnectFactsKey(string Domain, string Email, string CloudProvider, long DatabricksUserId, Guid ConnectionId);

public sealed record StoredConnectFacts(StoredAccount? Account, StoredUser? User, StoredConnection? Connection);

public sealed record StoredAccount(Guid Id, TrialState TrialState, DateTimeOffset TrialEndsAt)
{
    public bool IsExpired(DateTimeOffset now) => Partner.Domain.DatabricksPartnerConnect.Accounts.Account.IsTrialOver(TrialState, TrialEndsAt, now);
}

public sealed record StoredUser(Guid Id, TrialState TrialState, bool HasSignedUp, bool HasDatabricksIdentity)
{
    public bool IsExpired => TrialState == TrialState.Expired;
}

public sealed record StoredConnection(Guid Id, long WorkspaceId, string CloudProvider)
{
    public bool BelongsTo(long workspaceId, string cloudProvider) => Partner.Domain.DatabricksPartnerConnect.Connections.Connection.IsOf(WorkspaceId, CloudProvider, workspaceId, cloudProvider);
}
