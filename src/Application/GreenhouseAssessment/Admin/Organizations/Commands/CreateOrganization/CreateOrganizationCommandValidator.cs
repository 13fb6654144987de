using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.CreateOrganization;

public sealed class CreateOrganizationCommandValidator : AbstractValidator<CreateOrganizationCommand>
{
    public CreateOrganizationCommandValidator() =>
        this.RuleForField(c => c.Name).NotEmpty().Must(n => n.Trim().Length > 0).MaximumLength(Organization.NameMaxLength)
            .WithMessage("name is required (at most 200 characters).");
}
