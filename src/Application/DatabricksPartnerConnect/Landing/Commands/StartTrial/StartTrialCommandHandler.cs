using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Application.DatabricksPartnerConnect.Interfaces;
using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Landing.Commands.StartTrial;

public sealed class StartTrialCommandHandler(
    IApplicationDbContext db, IOpaqueTokenService tokens, IOptions<PartnerConnectOptions> options, TimeProvider time)
    : IRequestHandler<StartTrialCommand, Unit>
{
    public async Task<Unit> Handle(StartTrialCommand request, CancellationToken cancellationToken)
    {
        var ticket = LandingTicket.Read(tokens, request.Token, RedirectValue.CreateTrial);
        var now = time.GetUtcNow();
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == ticket.AccountId, cancellationToken);
        var user = ticket.UserId is { } userId ? await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken) : null;
        if (account is null || user is null)
        {
            throw new PartnerException(ErrorReason.AccountNotFound, "This account no longer exists.");
        }

        user.CompleteSignUp(request.FirstName!.Trim(), request.LastName!.Trim(), now);
        if (options.Value.AllowRepeatedTrials && account.IsExpired(now))
        {
            account.StartNewTrial(now);
        }

        if (options.Value.AllowRepeatedTrials && user.IsExpired)
        {
            user.StartNewTrial();
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
