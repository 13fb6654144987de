using Partner.Application.DatabricksPartnerConnect.Connections.Commands.Connect;
using Partner.Domain.Common;

namespace Partner.Application.DatabricksPartnerConnect.Accounts.Commands.ExpireUserAccount;

public sealed class ExpireUserAccountCommandValidator : AbstractValidator<ExpireUserAccountCommand>
{
    public ExpireUserAccountCommandValidator()
    {
        RuleFor(c => c.Email).Cascade(CascadeMode.Stop).NotEmpty().EmailAddress().MaximumLength(320)
            .Must(e => EmailDomain.TryFromEmail(e, out _)).WithMessage("email needs a domain name after '@'.")
            .OverridePropertyName("email");
        RuleFor(c => c.CloudProvider).Must(p => ConnectCommandValidator.CloudProviders.Contains(p))
            .OverridePropertyName("cloud_provider").WithMessage("cloud_provider must be aws, azure or gcp.");
    }
}
