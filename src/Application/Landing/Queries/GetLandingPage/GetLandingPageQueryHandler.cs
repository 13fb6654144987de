using Microsoft.Extensions.Options;
using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Application.Configuration;
using Partner.Domain.Common;

namespace Partner.Application.Landing.Queries.GetLandingPage;

public sealed class GetLandingPageQueryHandler(
    IApplicationDbContext db, IOpaqueTokenService tokens, IOptions<PartnerConfig> partnerConfig, TimeProvider time)
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
        var expired = account.IsExpired(time.GetUtcNow()) || (user?.IsExpired ?? false);
        return new LandingPageModel(request.Page, partnerConfig.Value.Name, user?.FirstName, account.Domain, expired,
            CanStartTrial: user is not null && request.Page == Domain.Connections.RedirectValue.CreateTrial,
            SignedUp: user?.HasSignedUp ?? false);
    }
}
