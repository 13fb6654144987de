using Partner.Domain.Common;
using Partner.Application.DatabricksPartnerConnect.Validation;

namespace Partner.Application.DatabricksPartnerConnect.Accounts.Commands.ExpireUserAccount;

public sealed class ExpireUserAccountCommandValidator : AbstractValidator<ExpireUserAccountCommand>
{
    public ExpireUserAccountCommandValidator()
    {
        this.RuleForField(c => c.Email).Cascade(CascadeMode.Stop).NotEmpty().EmailAddress().MaximumLength(TextLimits.Email)
            .Must(e => EmailDomain.TryFromEmail(e, out _)).WithMessage("email needs a domain name after '@'.");
        this.RuleForField(c => c.CloudProvider).MustBeCloudProvider();
    }
}
