using Partner.Application.DatabricksPartnerConnect.Connections.Commands.Connect;

namespace Partner.Application.DatabricksPartnerConnect.Accounts.Commands.DeleteAccount;

public sealed class DeleteAccountCommandValidator : AbstractValidator<DeleteAccountCommand>
{
    public DeleteAccountCommandValidator()
    {
        RuleFor(c => c.Domain).NotEmpty().MaximumLength(255)
            .Matches(@"^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+\.?$")
            .OverridePropertyName("domain").WithMessage("domain must be a DNS domain name.");
        RuleFor(c => c.CloudProvider).Must(p => ConnectCommandValidator.CloudProviders.Contains(p))
            .OverridePropertyName("cloud_provider").WithMessage("cloud_provider must be aws, azure or gcp.");
    }
}
