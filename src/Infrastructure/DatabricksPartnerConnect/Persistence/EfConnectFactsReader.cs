using Microsoft.EntityFrameworkCore;
using Partner.Application.DatabricksPartnerConnect.Interfaces;
using Partner.Domain.DatabricksPartnerConnect.Accounts;
using Partner.Domain.DatabricksPartnerConnect.Connections;
using Partner.Domain.DatabricksPartnerConnect.Users;
using Partner.Infrastructure.Persistence.Readers;
using Partner.Infrastructure.Persistence;

namespace Partner.Infrastructure.DatabricksPartnerConnect.Persistence;

/// <summary>PostgreSQL and SQL Server: one compiled, untracked SELECT (<see cref="ConnectFactsRow"/>); the SQLite reader is held to it.</summary>
public sealed class EfConnectFactsReader(ApplicationDbContext db) : IConnectFactsReader
{
    private static readonly PerModelQuery<Func<ApplicationDbContext, string, string, string, long, Guid, IAsyncEnumerable<ConnectFactsRow>>> Rows = new(() =>
        EF.CompileAsyncQuery((ApplicationDbContext context, string domain, string email, string cloudProvider, long databricksUserId, Guid connectionId) =>
            (from a in context.Set<Account>().Where(a => a.Domain == domain)
             from u in context.Set<User>().Where(u => u.AccountId == a.Id && u.Email == email).DefaultIfEmpty()
             select new ConnectFactsRow
             {
                 Kind = ConnectFactsRow.AccountRow,
                 Id = a.Id,
                 TrialState = a.TrialState,
                 TrialEndsAt = a.TrialEndsAt,
                 UserId = u == null ? null : u.Id,
                 UserTrialState = u == null ? null : u.TrialState,
                 UserHasSignedUp = u != null && u.SignedUpAt != null,
                 UserHasDatabricksIdentity = u != null
                     && u.DatabricksIdentities.Any(i => i.CloudProvider == cloudProvider && i.DatabricksUserId == databricksUserId),
                 WorkspaceId = null,
                 CloudProvider = null,
             })
            .Concat(context.Set<Connection>().Where(c => c.Id == connectionId && c.DeletedAt == null)
                .Select(c => new ConnectFactsRow
                {
                    Kind = ConnectFactsRow.ConnectionRow,
                    Id = c.Id,
                    TrialState = null,
                    TrialEndsAt = null,
                    UserId = null,
                    UserTrialState = null,
                    UserHasSignedUp = false,
                    UserHasDatabricksIdentity = false,
                    WorkspaceId = c.WorkspaceId,
                    CloudProvider = c.CloudProvider,
                }))));

    public async Task<StoredConnectFacts> ReadAsync(ConnectFactsKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var rows = new List<ConnectFactsRow>(2);
        await foreach (var row in Rows.For(db)(db, key.Domain, key.Email, key.CloudProvider, key.DatabricksUserId, key.ConnectionId)
                           .WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        return ConnectFactsRow.Facts(rows);
    }
}
