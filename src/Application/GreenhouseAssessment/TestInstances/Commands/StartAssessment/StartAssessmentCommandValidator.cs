using Partner.Domain.Common;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Commands.StartAssessment;

public sealed class StartAssessmentCommandValidator : AbstractValidator<StartAssessmentCommand>
{
    public StartAssessmentCommandValidator() => RuleFor(c => c.Token).NotEmpty().MaximumLength(TextLimits.Token);
}
