using Partner.Application.GreenhouseAssessment;
using Partner.Domain.Greenhouse;

namespace Partner.Application.GreenhouseAssessment.ResponseErrors.Commands.ReportResponseError;

public sealed class ReportResponseErrorCommandValidator : AbstractValidator<ReportResponseErrorCommand>
{
    public ReportResponseErrorCommandValidator()
    {
        RuleFor(c => c.OrganizationId).NotEmpty();
        RuleFor(c => c.ApiCall).NotEmpty().MaximumLength(100).OverridePropertyName("api_call");
        RuleFor(c => c.Errors).Must(e => e.Count <= 100).OverridePropertyName("errors").WithMessage("errors may hold at most 100 entries.");
        RuleForEach(c => c.Errors).NotNull().MaximumLength(2000).OverridePropertyName("errors")
            .WithMessage("errors must be strings of at most 2000 characters.");
        RuleFor(c => c.PartnerTestId).MaximumLength(AssessmentTest.PartnerTestIdMaxLength).OverridePropertyName("partner_test_id");
        RuleFor(c => c.PartnerTestName).MaximumLength(AssessmentTest.NameMaxLength).OverridePropertyName("partner_test_name");
        RuleFor(c => c.PartnerInterviewId).MaximumLength(100).OverridePropertyName("partner_interview_id");
        RuleFor(c => c.CandidateEmail).MaximumLength(GreenhouseRules.EmailMaxLength).OverridePropertyName("candidate_email");
    }
}
