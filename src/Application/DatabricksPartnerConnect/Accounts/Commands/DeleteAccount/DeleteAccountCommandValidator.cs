using Partner.Application.DatabricksPartnerConnect.Validation;
using Partner.Domain.Common;

namespace Partner.Application.DatabricksPartnerConnect.Accounts.Commands.DeleteAccount;

public sealed class DeleteAccountCommandValidator : AbstractValidator<DeleteAccountCommand>
{
    public DeleteAccountCommandValidator()
    {
        this.RuleForField(c => c.Domain).NotEmpty().MaximumLength(TextLimits.HostName)
            .Matches(@"^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+\.?$")
            .WithMessage("domain must be a DNS domain name.");
        this.RuleForField(c => c.CloudProvider).MustBeCloudProvider();
    }
}
