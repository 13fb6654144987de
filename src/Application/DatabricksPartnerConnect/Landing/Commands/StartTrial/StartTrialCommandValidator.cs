using Partner.Domain.DatabricksPartnerConnect.Users;

namespace Partner.Application.DatabricksPartnerConnect.Landing.Commands.StartTrial;

/// <summary>The sign-up form's fields; messages are shown to the person on the page.</summary>
public sealed class StartTrialCommandValidator : AbstractValidator<StartTrialCommand>
{
    public StartTrialCommandValidator()
    {
        this.RuleForField(c => c.FirstName).NotEmpty().MaximumLength(User.NameMaxLength)
            .WithMessage($"Enter your first name (at most {User.NameMaxLength} characters).");
        this.RuleForField(c => c.LastName).NotEmpty().MaximumLength(User.NameMaxLength)
            .WithMessage($"Enter your last name (at most {User.NameMaxLength} characters).");
        this.RuleForField(c => c.AcceptTerms).Equal(true)
            .WithMessage("Accept the terms of service to start.");
    }
}
