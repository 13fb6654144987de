using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Commands.CreateAssessmentTest;

public sealed class CreateAssessmentTestCommandValidator : AbstractValidator<CreateAssessmentTestCommand>
{
    public CreateAssessmentTestCommandValidator()
    {
        RuleFor(c => c.OrganizationId).NotEmpty().OverridePropertyName("id");
        this.RuleForField(c => c.PartnerTestId).Must(id => id!.Trim().Length > 0).MaximumLength(AssessmentTest.PartnerTestIdMaxLength)
            .When(c => c.PartnerTestId is not null)
            .WithMessage("partner_test_id, when given, must be 1 to 100 characters.");
        this.RuleForField(c => c.PartnerTestName).NotEmpty().Must(n => n.Trim().Length > 0).MaximumLength(AssessmentTest.NameMaxLength)
            .WithMessage("partner_test_name is required (at most 200 characters).");
        RuleFor(c => c.Questions!.Count).InclusiveBetween(AssessmentQuestion.MinQuestions, AssessmentQuestion.MaxQuestions)
            .When(c => c.Questions is not null).OverridePropertyName("questions")
            .WithMessage($"questions, when given, must hold {AssessmentQuestion.MinQuestions} to {AssessmentQuestion.MaxQuestions} questions.");
        RuleForEach(c => c.Questions).ChildRules(question =>
        {
            question.RuleFor(q => q.Prompt).Must(p => !string.IsNullOrWhiteSpace(p) && p.Length <= AssessmentQuestion.PromptMaxLength)
                .WithMessage($"Each question needs a prompt of at most {AssessmentQuestion.PromptMaxLength} characters.");
            question.RuleFor(q => q.Choices).NotNull().Must(c => c.Count is >= AssessmentQuestion.MinChoices and <= AssessmentQuestion.MaxChoices)
                .WithMessage($"Each question needs {AssessmentQuestion.MinChoices} to {AssessmentQuestion.MaxChoices} choices.");
            question.RuleForEach(q => q.Choices).Must(c => !string.IsNullOrWhiteSpace(c) && c.Length <= AssessmentQuestion.ChoiceMaxLength)
                .WithMessage($"Each choice must be 1 to {AssessmentQuestion.ChoiceMaxLength} characters.");
            question.RuleFor(q => q.CorrectChoice).Must((q, i) => q.Choices is not null && i >= 0 && i < q.Choices.Count)
                .WithMessage("correct_choice must be the index (from 0) of one of the question's choices.");
        }).When(c => c.Questions is not null).OverridePropertyName("questions");
        this.RuleForField(c => c.TimeLimitMinutes).InclusiveBetween(1, 600).When(c => c.TimeLimitMinutes is not null);
        this.RuleForField(c => c.PassMarkPercent).InclusiveBetween(0, 100).When(c => c.PassMarkPercent is not null);
        this.RuleForField(c => c.InvitationLifetimeDays).InclusiveBetween(1, AssessmentTest.MaxInvitationLifetimeDays).When(c => c.InvitationLifetimeDays is not null);
        this.RuleForField(c => c.ReminderDaysBeforeExpiry)
            .Must((c, days) => days >= 0 && days < (c.InvitationLifetimeDays ?? AssessmentTest.DefaultInvitationLifetimeDays))
            .When(c => c.ReminderDaysBeforeExpiry is not null)
            .WithMessage("reminder_days_before_expiry must be 0 (no reminder) to one less than invitation_lifetime_days (default 14).");
        this.RuleForField(c => c.Questions).NotNull().When(c => c.TimeLimitMinutes is not null || c.PassMarkPercent is not null)
            .WithMessage("time_limit_minutes and pass_mark_percent apply to a test with questions.");
    }
}
