using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Application.DatabricksPartnerConnect.Interfaces;
using Partner.Domain.Common;

namespace Partner.Application.DatabricksPartnerConnect.Landing.Queries.GetLandingPage;

public sealed class GetLandingPageQueryHandler(
    IApplicationDbContext db, IOpaqueTokenService tokens, OAuth.U2MClients clients, IOptions<PartnerConfig> partnerConfig, IOptions<LandingOptions> landing,
    TimeProvider time)
    : IRequestHandler<GetLandingPageQuery, LandingPageModel>
{
    public async Task<LandingPageModel> Handle(GetLandingPageQuery request, CancellationToken cancellationToken)
    {
        var ticket = LandingTicket.Read(tokens, request.Token, request.Page);
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == ticket.AccountId, cancellationToken)
            ?? throw new PartnerException(ErrorReason.AccountNotFound, "This account no longer exists.");
        var user = ticket.UserId is { } userId
            ? await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken)
            : null;
        var connections = await LandingConnections.OfTicketAsync(db, ticket, clients, cancellationToken);
        var now = time.GetUtcNow();
        var expired = account.IsExpired(now) || (user?.IsExpired ?? false);
        var config = partnerConfig.Value;
        var settings = landing.Value;
        // The partner's application cannot show Authorize Databricks itself: the hand-off carries this visit's link.
        var authorize = connections.FirstOrDefault(c => c.Id == ticket.ConnectionId && c.NeedsAuthorization) is { } unauthorized
            ? $"{LandingPaths.Combine(config.BaseUrl, LandingPaths.OAuthAuthorize)}?token={Uri.EscapeDataString(request.Token!)}&connection_id={unauthorized.Id}"
            : null;
        var handOff = string.IsNullOrWhiteSpace(settings.HandOffUrl)
            ? null
            : LandingHandOff.Build(settings.HandOffUrl, settings.HandOffSecret!, ticket, connections.Count > 0 ? connections[0].WorkspaceId : null,
                now + settings.HandOffLifetime, authorize);
        return new LandingPageModel(
            request.Page,
            LandingBranding.From(config),
            user?.FirstName,
            user?.LastName,
            account.Domain,
            expired,
            account.TrialEndsAt,
            CanStartTrial: user is not null && request.Page == Domain.DatabricksPartnerConnect.Connections.RedirectValue.CreateTrial,
            SignedUp: user?.HasSignedUp ?? false,
            RequireManualSignup: config.RequireManualSignup ?? false,
            connections,
            NullIfEmpty(settings.PurchaseUrl),
            NullIfEmpty(settings.ContactEmail),
            handOff);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
