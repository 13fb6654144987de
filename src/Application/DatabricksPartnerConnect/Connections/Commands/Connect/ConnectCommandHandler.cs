using Microsoft.Extensions.Options;
using Partner.Application.Common.Behaviours;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Application.DatabricksPartnerConnect.Interfaces;
using Partner.Application.DatabricksPartnerConnect.Landing;
using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Accounts;
using Partner.Domain.DatabricksPartnerConnect.Connections;
using Partner.Domain.DatabricksPartnerConnect.Users;

namespace Partner.Application.DatabricksPartnerConnect.Connections.Commands.Connect;

/// <summary>
/// Gathers the facts of a Connect call, asks <see cref="ConnectDecision"/>, applies the outcome in one save and
/// builds the answer. Safe to repeat: Databricks retries a 500, and concurrent first connects of one domain race
/// on the unique indexes, so a write conflict reloads the facts and decides again (<see cref="IRetriedOnWriteConflict"/>).
/// </summary>
public sealed class ConnectCommandHandler(
    IApplicationDbContext db,
    IConnectFactsReader reader,
    ISecretProtector secrets,
    IOpaqueTokenService tokens,
    IOptions<PartnerConfig> partnerConfig,
    IOptions<PartnerConnectOptions> options,
    TimeProvider time) : IRequestHandler<ConnectCommand, ConnectResult>
{
    public async Task<ConnectResult> Handle(ConnectCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var domain = EmailDomain.FromEmail(request.UserInfo.Email);
        var email = request.UserInfo.Email.Trim().ToLowerInvariant();

        var namedConnectionId = request.UserInfo.IsConnectionEstablished && Guid.TryParse(request.ConnectionId, out var id) ? id : Guid.Empty;
        var stored = await reader.ReadAsync(
            new ConnectFactsKey(domain.Value, email, request.CloudProvider, request.UserInfo.DatabricksUserId, namedConnectionId), cancellationToken);
        // The live connection Databricks names, when it says one is established and it is of this workspace.
        var existingConnection = stored.Connection?.BelongsTo(request.WorkspaceId, request.CloudProvider) == true ? stored.Connection : null;

        var facts = new ConnectFacts
        {
            IsConnectionEstablished = request.UserInfo.IsConnectionEstablished,
            PartnerHasConnection = existingConnection is not null,
            IsDemo = request.Demo,
            Account = stored.Account is null ? AccountState.None : stored.Account.IsExpired(now) ? AccountState.Expired : AccountState.Active,
            User = stored.User is null ? UserState.None : stored.User.IsExpired ? UserState.Expired : UserState.Existing,
            UserHasSignedUp = stored.User?.HasSignedUp ?? false,
        };
        var config = partnerConfig.Value;
        var outcome = ConnectDecision.Decide(facts, config.ToBehaviour(options.Value.AllowRepeatedTrials));
        if (outcome is ConnectOutcome.Refused refused)
        {
            throw new PartnerException(refused.Reason, refused.DisplayMessage,
                $"Connect refused for workspace {request.WorkspaceId}: {refused.Reason}.");
        }

        var proceeded = (ConnectOutcome.Proceeded)outcome;
        var accountId = stored.Account?.Id;
        if (proceeded.OpenAccount)
        {
            var account = Account.Open(domain, now);
            db.Accounts.Add(account);
            accountId = account.Id;
        }

        User? user = null;
        if (proceeded.RegisterUser)
        {
            user = User.Register(accountId!.Value, email, request.UserInfo.FirstName, request.UserInfo.LastName, now);
            db.Users.Add(user);
        }
        else if (stored.User is { HasDatabricksIdentity: false })
        {
            // A new cloud or a new databricks_user_id (rare): the user changes, so it is read as a tracked entity.
            user = await db.Users.FirstOrDefaultAsync(u => u.Id == stored.User.Id, cancellationToken);
        }

        user?.RecordDatabricksIdentity(request.CloudProvider, request.UserInfo.DatabricksUserId);
        var userId = user?.Id ?? stored.User?.Id;

        Connection? created = null;
        if (proceeded.ConfiguredResources)
        {
            created = Establish(request, accountId!.Value, userId!.Value, now);
            db.Connections.Add(created);
        }

        await db.SaveChangesAsync(cancellationToken);

        var ticket = new RedirectTicket(proceeded.RedirectValue, accountId!.Value, userId, created?.Id ?? existingConnection?.Id);
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

    /// <summary>The one copy of what Databricks sent into the connection; secrets are encrypted here.</summary>
    private Connection Establish(ConnectCommand request, Guid accountId, Guid userId, DateTimeOffset now) => Connection.Establish(
        accountId, userId,
        new ConnectionDetails
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
            IsDemo = request.Demo,
            IsFreeTrial = request.IsFreeTrial,
        },
        ProtectOrNull(request.UserInfo.Auth?.PersonalAccessToken),
        ProtectOrNull(request.ServicePrincipalOauthSecret),
        now);

    private string? ProtectOrNull(string? secret) => string.IsNullOrEmpty(secret) ? null : secrets.Protect(secret);
}
