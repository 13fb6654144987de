using Partner.Domain.Users;

namespace Partner.Application.DatabricksPartnerConnect.Landing.Commands.StartTrial;

/// <summary>The sign-up form's fields; messages are shown to the person on the page.</summary>
public sealed class StartTrialCommandValidator : AbstractValidator<StartTrialCommand>
{
    public StartTrialCommandValidator()
    {
        RuleFor(c => c.FirstName).NotEmpty().MaximumLength(User.NameMaxLength).OverridePropertyName("first_name")
            .WithMessage($"Enter your first name (at most {User.NameMaxLength} characters).");
        RuleFor(c => c.LastName).NotEmpty().MaximumLength(User.NameMaxLength).OverridePropertyName("last_name")
            .WithMessage($"Enter your last name (at most {User.NameMaxLength} characters).");
        RuleFor(c => c.AcceptTerms).Equal(true).OverridePropertyName("accept_terms")
            .WithMessage("Accept the terms of service to start.");
    }
}
