using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;

namespace Partner.Application.DatabricksPartnerConnect.Accounts.Commands.DeleteAccount;

/// <summary>Repeating it is harmless: an unknown domain is already clean.</summary>
public sealed class DeleteAccountCommandHandler(IApplicationDbContext db) : IRequestHandler<DeleteAccountCommand, Unit>
{
    public async Task<Unit> Handle(DeleteAccountCommand request, CancellationToken cancellationToken)
    {
        var domain = TestDomainGuard.EnsureDatabricksTestDomain(EmailDomain.Parse(request.Domain));
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Domain == domain.Value, cancellationToken);
        if (account is null)
        {
            return Unit.Value;
        }

        // Users and connections go with the account (cascade), in the same save.
        db.Accounts.Remove(account);
        await db.SaveChangesAsync(cancellationToken);
        await db.EraseDeletedAsync(cancellationToken);
        return Unit.Value;
    }
}
