using Partner.Application.Connections.Commands.Connect;

namespace Partner.Application.Accounts.Commands.ExpireUserAccount;

public sealed class ExpireUserAccountCommandValidator : AbstractValidator<ExpireUserAccountCommand>
{
    public ExpireUserAccountCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(320).OverridePropertyName("email");
        RuleFor(c => c.CloudProvider).Must(p => ConnectCommandValidator.CloudProviders.Contains(p))
            .OverridePropertyName("cloud_provider").WithMessage("cloud_provider must be aws, azure or gcp.");
    }
}
