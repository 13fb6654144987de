using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.SetEmailTemplate;

public sealed class SetEmailTemplateCommandValidator : AbstractValidator<SetEmailTemplateCommand>
{
    public SetEmailTemplateCommandValidator()
    {
        RuleFor(c => c.OrganizationId).NotEmpty().OverridePropertyName("id");
        this.RuleForField(c => c.Subject).NotNull().When(c => !c.Reset);
        this.RuleForField(c => c.Body).NotNull().When(c => !c.Reset);
        RuleFor(c => c).Custom((command, context) =>
        {
            foreach (var problem in EmailTemplate.Problems(command.Subject, command.Body))
            {
                context.AddFailure(problem.StartsWith("subject", StringComparison.Ordinal) ? "subject" : "body", problem);
            }
        }).When(c => !c.Reset && c.Subject is not null && c.Body is not null);
    }
}
