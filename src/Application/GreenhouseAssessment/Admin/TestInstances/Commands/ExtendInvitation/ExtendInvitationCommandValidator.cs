using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.TestInstances.Commands.ExtendInvitation;

public sealed class ExtendInvitationCommandValidator : AbstractValidator<ExtendInvitationCommand>
{
    public ExtendInvitationCommandValidator()
    {
        RuleFor(c => c.PartnerInterviewId).NotEmpty().MaximumLength(TextLimits.Identifier).OverridePropertyName("partner_interview_id");
        this.RuleForField(c => c.Days).InclusiveBetween(1, AssessmentTest.MaxInvitationLifetimeDays)
            .WithMessage($"days must be 1 to {AssessmentTest.MaxInvitationLifetimeDays}.");
    }
}
