using Microsoft.EntityFrameworkCore;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Accounts;
using Partner.Domain.Connections;
using Partner.Domain.Users;

namespace Partner.Infrastructure.Persistence.Readers;

/// <summary>
/// <see cref="IConnectFactsReader"/> through EF Core (any provider; used on SQL Server): three small compiled,
/// untracked projections.
/// </summary>
public sealed class EfConnectFactsReader(ApplicationDbContext db) : IConnectFactsReader
{
    private static readonly PerModelQuery<Func<ApplicationDbContext, string, CancellationToken, Task<StoredAccount?>>> AccountOfDomain = new(() =>
        EF.CompileAsyncQuery((ApplicationDbContext context, string domain, CancellationToken _) =>
            context.Set<Account>().Where(a => a.Domain == domain)
                .Select(a => new StoredAccount(a.Id, a.TrialState, a.TrialEndsAt)).FirstOrDefault()));

    private static readonly PerModelQuery<Func<ApplicationDbContext, Guid, string, string, long, CancellationToken, Task<StoredUser?>>> UserOfAccount = new(() =>
        EF.CompileAsyncQuery((ApplicationDbContext context, Guid accountId, string email, string cloudProvider, long databricksUserId, CancellationToken _) =>
            context.Set<User>().Where(u => u.AccountId == accountId && u.Email == email)
                .Select(u => new StoredUser(u.Id, u.TrialState, u.SignedUpAt != null,
                    u.DatabricksIdentities.Any(i => i.CloudProvider == cloudProvider && i.DatabricksUserId == databricksUserId)))
                .FirstOrDefault()));

    private static readonly PerModelQuery<Func<ApplicationDbContext, Guid, CancellationToken, Task<StoredConnection?>>> LiveConnection = new(() =>
        EF.CompileAsyncQuery((ApplicationDbContext context, Guid connectionId, CancellationToken _) =>
            context.Set<Connection>().Where(c => c.Id == connectionId && c.DeletedAt == null)
                .Select(c => new StoredConnection(c.Id, c.WorkspaceId, c.CloudProvider)).FirstOrDefault()));

    public async Task<StoredConnectFacts> ReadAsync(ConnectFactsKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var account = await AccountOfDomain.For(db)(db, key.Domain, cancellationToken);
        var user = account is null ? null : await UserOfAccount.For(db)(db, account.Id, key.Email, key.CloudProvider, key.DatabricksUserId, cancellationToken);
        var connection = key.ConnectionId == Guid.Empty ? null : await LiveConnection.For(db)(db, key.ConnectionId, cancellationToken);
        return new StoredConnectFacts(account, user, connection);
    }
}
