using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.ResponseErrors.Commands.ReportResponseError;

public sealed class ReportResponseErrorCommandValidator : AbstractValidator<ReportResponseErrorCommand>
{
    public ReportResponseErrorCommandValidator()
    {
        RuleFor(c => c.OrganizationId).NotEmpty();
        this.RuleForField(c => c.ApiCall).NotEmpty().MaximumLength(TextLimits.Identifier);
        this.RuleForField(c => c.Errors).Must(e => e.Count <= 100).WithMessage("errors may hold at most 100 entries.");
        this.RuleForEachField(c => c.Errors).NotNull().MaximumLength(2000)
            .WithMessage("errors must be strings of at most 2000 characters.");
        this.RuleForField(c => c.PartnerTestId).MaximumLength(AssessmentTest.PartnerTestIdMaxLength);
        this.RuleForField(c => c.PartnerTestName).MaximumLength(AssessmentTest.NameMaxLength);
        this.RuleForField(c => c.PartnerInterviewId).MaximumLength(TextLimits.Identifier);
        this.RuleForField(c => c.CandidateEmail).MaximumLength(GreenhouseRules.EmailMaxLength);
    }
}
