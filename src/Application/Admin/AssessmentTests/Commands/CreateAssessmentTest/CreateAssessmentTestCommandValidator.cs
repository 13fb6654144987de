using Partner.Domain.Greenhouse;

namespace Partner.Application.Admin.AssessmentTests.Commands.CreateAssessmentTest;

public sealed class CreateAssessmentTestCommandValidator : AbstractValidator<CreateAssessmentTestCommand>
{
    public CreateAssessmentTestCommandValidator()
    {
        RuleFor(c => c.OrganizationId).NotEmpty().OverridePropertyName("id");
        RuleFor(c => c.PartnerTestId).Must(id => id!.Trim().Length > 0).MaximumLength(AssessmentTest.PartnerTestIdMaxLength)
            .When(c => c.PartnerTestId is not null).OverridePropertyName("partner_test_id")
            .WithMessage("partner_test_id, when given, must be 1 to 100 characters.");
        RuleFor(c => c.PartnerTestName).NotEmpty().Must(n => n.Trim().Length > 0).MaximumLength(AssessmentTest.NameMaxLength)
            .OverridePropertyName("partner_test_name").WithMessage("partner_test_name is required (at most 200 characters).");
    }
}
