using Microsoft.Extensions.Options;
using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Application.Configuration;
using Partner.Application.Landing;
using Partner.Domain.Accounts;
using Partner.Domain.Common;
using Partner.Domain.Connections;
using Partner.Domain.Users;

namespace Partner.Application.Connections.Commands.Connect;

/// <summary>
/// Gathers the facts of a Connect call, asks <see cref="ConnectDecision"/>, applies the outcome in one save and
/// builds the answer. Safe to repeat: Databricks retries a 500, and concurrent first connects of one domain race
/// on the unique indexes, so a unique violation reloads the facts and decides again.
/// </summary>
public sealed class ConnectCommandHandler(
    IApplicationDbContext db,
    ISecretProtector secrets,
    IOpaqueTokenService tokens,
    IOptions<PartnerConfig> partnerConfig,
    IOptions<PartnerConnectOptions> options,
    TimeProvider time) : IRequestHandler<ConnectCommand, ConnectResult>
{
    private const int MaxAttempts = 4;

    // Compiled queries: see CompiledQueries. The facts are read without tracking: a sign-in changes nothing, and a
    // connect only inserts. Simple queries beat one join here: SQLite prepares each statement again on every call.
    private static readonly Func<DbContext, string, CancellationToken, Task<Account?>> AccountOfDomain =
        EF.CompileAsyncQuery((DbContext context, string domain, CancellationToken _) =>
            context.Set<Account>().AsNoTracking().FirstOrDefault(a => a.Domain == domain));

    private static readonly Func<DbContext, Guid, string, CancellationToken, Task<User?>> UserOfAccount =
        EF.CompileAsyncQuery((DbContext context, Guid accountId, string email, CancellationToken _) =>
            context.Set<User>().AsNoTracking().FirstOrDefault(u => u.AccountId == accountId && u.Email == email));

    private static readonly Func<DbContext, Guid, CancellationToken, Task<User?>> UserForUpdate =
        EF.CompileAsyncQuery((DbContext context, Guid userId, CancellationToken _) =>
            context.Set<User>().FirstOrDefault(u => u.Id == userId));

    private static readonly Func<DbContext, Guid, CancellationToken, Task<Connection?>> LiveConnection =
        EF.CompileAsyncQuery((DbContext context, Guid connectionId, CancellationToken _) =>
            context.Set<Connection>().AsNoTracking().FirstOrDefault(c => c.Id == connectionId && c.DeletedAt == null));

    public async Task<ConnectResult> Handle(ConnectCommand request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ConnectOnce(request, cancellationToken);
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts && db.IsUniqueConstraintViolation(ex))
            {
                db.DiscardChanges();
            }
        }
    }

    private async Task<ConnectResult> ConnectOnce(ConnectCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var domain = EmailDomain.FromEmail(request.UserInfo.Email);
        var email = request.UserInfo.Email.Trim().ToLowerInvariant();

        var account = await AccountOfDomain(db.AsDbContext(), domain.Value, cancellationToken);
        var user = account is null ? null : await UserOfAccount(db.AsDbContext(), account.Id, email, cancellationToken);
        var existingConnection = await FindEstablishedConnection(request, cancellationToken);

        var facts = new ConnectFacts
        {
            IsConnectionEstablished = request.UserInfo.IsConnectionEstablished,
            PartnerHasConnection = existingConnection is not null,
            IsDemo = request.Demo,
            Account = account is null ? AccountState.None : account.IsExpired(now) ? AccountState.Expired : AccountState.Active,
            User = user is null ? UserState.None : user.IsExpired ? UserState.Expired : UserState.Existing,
            UserHasSignedUp = user?.HasSignedUp ?? false,
        };
        var config = partnerConfig.Value;
        var outcome = ConnectDecision.Decide(facts, config.ToBehaviour(options.Value.AllowRepeatedTrials));
        if (outcome is ConnectOutcome.Refused refused)
        {
            throw new PartnerException(refused.Reason, refused.DisplayMessage,
                $"Connect refused for workspace {request.WorkspaceId}: {refused.Reason}.");
        }

        var proceeded = (ConnectOutcome.Proceeded)outcome;
        if (proceeded.OpenAccount)
        {
            account = Account.Open(domain, now);
            db.Accounts.Add(account);
        }

        if (proceeded.RegisterUser)
        {
            user = User.Register(account!.Id, email, request.UserInfo.FirstName, request.UserInfo.LastName, now);
            db.Users.Add(user);
        }
        else if (user is not null && !user.HasDatabricksIdentity(request.CloudProvider, request.UserInfo.DatabricksUserId))
        {
            // A new cloud or a new databricks_user_id (rare): the user is changed, so it is read again, tracked.
            user = await UserForUpdate(db.AsDbContext(), user.Id, cancellationToken) ?? user;
        }

        user?.RecordDatabricksIdentity(request.CloudProvider, request.UserInfo.DatabricksUserId);

        Connection? created = null;
        if (proceeded.ConfiguredResources)
        {
            created = Connection.Establish(account!.Id, user!.Id, ToDetails(request), now);
            db.Connections.Add(created);
        }

        await db.SaveChangesAsync(cancellationToken);

        var ticket = new RedirectTicket(proceeded.RedirectValue, account!.Id, user?.Id, created?.Id ?? existingConnection?.Id);
        var token = tokens.Issue(RedirectTicket.Purpose, ticket, options.Value.RedirectTokenLifetime);
        return new ConnectResult
        {
            RedirectUri = $"{LandingPaths.Combine(config.BaseUrl, LandingPaths.For(proceeded.RedirectValue))}?token={Uri.EscapeDataString(token)}",
            RedirectValue = proceeded.RedirectValue,
            ConnectionId = proceeded.ReturnsConnectionId ? created?.Id.ToString() : null,
            UserStatus = proceeded.UserStatus,
            AccountStatus = proceeded.AccountStatus,
            ConfiguredResources = proceeded.ConfiguredResources,
            OAuthRedirectUri = proceeded.ReturnsOAuthRedirectUri ? LandingPaths.Combine(config.BaseUrl, LandingPaths.OAuthCallback) : null,
        };
    }

    /// <summary>The live connection Databricks names, when it says one is established and it is of this workspace.</summary>
    private async Task<Connection?> FindEstablishedConnection(ConnectCommand request, CancellationToken cancellationToken)
    {
        if (!request.UserInfo.IsConnectionEstablished || !Guid.TryParse(request.ConnectionId, out var connectionId))
        {
            return null;
        }

        var connection = await LiveConnection(db.AsDbContext(), connectionId, cancellationToken);
        return connection is not null && connection.BelongsTo(request.WorkspaceId, request.CloudProvider) ? connection : null;
    }

    private ConnectionDetails ToDetails(ConnectCommand request) => new()
    {
        WorkspaceId = request.WorkspaceId,
        OrganizationId = request.UserInfo.DatabricksOrganizationId,
        CloudProvider = request.CloudProvider,
        CloudProviderRegion = request.CloudProviderRegion,
        Hostname = request.Hostname,
        Port = request.Port,
        WorkspaceUrl = request.WorkspaceUrl,
        HttpPath = request.HttpPath,
        JdbcUrl = request.JdbcUrl,
        DatabricksJdbcUrl = request.DatabricksJdbcUrl,
        ClusterId = request.ClusterId,
        IsSqlWarehouse = request.IsSqlWarehouse ?? request.IsSqlEndpoint ?? false,
        CatalogName = request.CatalogName,
        DestinationLocation = request.DestinationLocation,
        ServicePrincipalId = request.ServicePrincipalId,
        OAuthU2mAppId = request.OauthU2mAppId,
        ProtectedPersonalAccessToken = ProtectOrNull(request.UserInfo.Auth?.PersonalAccessToken),
        ProtectedOAuthSecret = ProtectOrNull(request.ServicePrincipalOauthSecret),
        IsDemo = request.Demo,
        IsFreeTrial = request.IsFreeTrial,
    };

    private string? ProtectOrNull(string? secret) => string.IsNullOrEmpty(secret) ? null : secrets.Protect(secret);
}
