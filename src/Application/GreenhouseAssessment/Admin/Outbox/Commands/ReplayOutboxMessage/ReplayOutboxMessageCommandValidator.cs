namespace Partner.Application.GreenhouseAssessment.Admin.Outbox.Commands.ReplayOutboxMessage;

public sealed class ReplayOutboxMessageCommandValidator : AbstractValidator<ReplayOutboxMessageCommand>
{
    public ReplayOutboxMessageCommandValidator() => RuleFor(c => c.Id).NotEmpty().OverridePropertyName("id");
}
