using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Accounts.Commands.ExpireUserAccount;

public sealed class ExpireUserAccountCommandHandler(IApplicationDbContext db, IOptions<PartnerConfig> partnerConfig, TimeProvider time)
    : IRequestHandler<ExpireUserAccountCommand, Unit>
{
    public async Task<Unit> Handle(ExpireUserAccountCommand request, CancellationToken cancellationToken)
    {
        var domain = TestDomainGuard.EnsureDatabricksTestDomain(EmailDomain.FromEmail(request.Email));
        var email = request.Email.Trim().ToLowerInvariant();
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Domain == domain.Value, cancellationToken)
            ?? throw new PartnerException(ErrorReason.AccountNotFound, "No account exists for this e-mail domain.");

        if (partnerConfig.Value.EffectiveTrialType == TrialType.User)
        {
            var user = await db.Users.FirstOrDefaultAsync(u => u.AccountId == account.Id && u.Email == email, cancellationToken)
                ?? throw new PartnerException(ErrorReason.AccountNotFound, "No user with this e-mail exists in the account.");
            user.Expire();
        }
        else
        {
            account.Expire(time.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
