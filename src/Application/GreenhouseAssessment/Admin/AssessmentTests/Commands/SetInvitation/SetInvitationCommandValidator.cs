using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Commands.SetInvitation;

public sealed class SetInvitationCommandValidator : AbstractValidator<SetInvitationCommand>
{
    public SetInvitationCommandValidator()
    {
        RuleFor(c => c.OrganizationId).NotEmpty().OverridePropertyName("id");
        RuleFor(c => c.PartnerTestId).NotEmpty().MaximumLength(AssessmentTest.PartnerTestIdMaxLength).OverridePropertyName("partner_test_id");
        this.RuleForField(c => c.InvitationLifetimeDays).InclusiveBetween(1, AssessmentTest.MaxInvitationLifetimeDays).When(c => c.InvitationLifetimeDays is not null);
        this.RuleForField(c => c.ReminderDaysBeforeExpiry)
            .Must((c, days) => days >= 0 && days < (c.InvitationLifetimeDays ?? AssessmentTest.DefaultInvitationLifetimeDays))
            .When(c => c.ReminderDaysBeforeExpiry is not null)
            .WithMessage("reminder_days_before_expiry must be 0 (no reminder) to one less than invitation_lifetime_days (default 14).");
    }
}
