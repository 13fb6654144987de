using Partner.Application.Common.Validation;
using Partner.Application.GreenhouseAssessment;
using Partner.Domain.Greenhouse;

namespace Partner.Application.GreenhouseAssessment.Admin.TestInstances.Commands.ReportTestStatus;

public sealed class ReportTestStatusCommandValidator : AbstractValidator<ReportTestStatusCommand>
{
    public ReportTestStatusCommandValidator()
    {
        RuleFor(c => c.PartnerInterviewId).NotEmpty().MaximumLength(100).OverridePropertyName("partner_interview_id");
        RuleFor(c => c.PartnerStatus).Must(s => s is TestStatus.Started or TestStatus.Complete).OverridePropertyName("partner_status")
            .WithMessage("partner_status must be started or complete.");
        // contract: partner_profile_url is "required only if status is complete".
        RuleFor(c => c.PartnerProfileUrl).NotEmpty().When(c => c.PartnerStatus == TestStatus.Complete)
            .OverridePropertyName("partner_profile_url").WithMessage("partner_profile_url is required when partner_status is complete.");
        RuleFor(c => c.PartnerProfileUrl).MaximumLength(GreenhouseRules.UrlMaxLength).Must(HttpUrl.IsAbsolute)
            .When(c => c.PartnerProfileUrl is not null).OverridePropertyName("partner_profile_url")
            .WithMessage("partner_profile_url must be an absolute http(s) URL of at most 2048 characters.");
        RuleFor(c => c.PartnerScore).Must(s => s is null || double.IsFinite(s.Value)).OverridePropertyName("partner_score");
        RuleFor(c => c.Metadata).Must(GreenhouseRules.IsFlatMetadata).OverridePropertyName("metadata")
            .WithMessage("metadata must be a flat object (at most 50 keys) whose values are strings, numbers, booleans or null.");
    }
}
