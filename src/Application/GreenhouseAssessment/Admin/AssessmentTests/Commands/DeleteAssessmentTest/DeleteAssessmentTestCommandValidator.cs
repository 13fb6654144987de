using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Commands.DeleteAssessmentTest;

public sealed class DeleteAssessmentTestCommandValidator : AbstractValidator<DeleteAssessmentTestCommand>
{
    public DeleteAssessmentTestCommandValidator()
    {
        RuleFor(c => c.OrganizationId).NotEmpty().OverridePropertyName("id");
        this.RuleForField(c => c.PartnerTestId).NotEmpty().MaximumLength(AssessmentTest.PartnerTestIdMaxLength);
    }
}
