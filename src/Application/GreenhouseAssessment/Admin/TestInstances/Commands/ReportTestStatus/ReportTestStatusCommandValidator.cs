using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.TestInstances.Commands.ReportTestStatus;

public sealed class ReportTestStatusCommandValidator : AbstractValidator<ReportTestStatusCommand>
{
    public ReportTestStatusCommandValidator()
    {
        this.RuleForField(c => c.PartnerInterviewId).NotEmpty().MaximumLength(TextLimits.Identifier);
        this.RuleForField(c => c.PartnerStatus).Must(s => s is PartnerStatus.Started or PartnerStatus.Complete)
            .WithMessage("partner_status must be started or complete.");
        // contract: partner_profile_url is "required only if status is complete".
        this.RuleForField(c => c.PartnerProfileUrl).NotEmpty().When(c => c.PartnerStatus == PartnerStatus.Complete)
            .WithMessage("partner_profile_url is required when partner_status is complete.");
        this.RuleForField(c => c.PartnerProfileUrl).MaximumLength(GreenhouseRules.UrlMaxLength).Must(HttpUrl.IsAbsolute)
            .When(c => c.PartnerProfileUrl is not null)
            .WithMessage("partner_profile_url must be an absolute http(s) URL of at most 2048 characters.");
        this.RuleForField(c => c.PartnerScore).Must(s => s is null || double.IsFinite(s.Value));
        this.RuleForField(c => c.Metadata).Must(GreenhouseRules.IsFlatMetadata)
            .WithMessage("metadata must be a flat object (at most 50 keys) whose values are strings, numbers, booleans or null, without the NUL character.");
    }
}
