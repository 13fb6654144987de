namespace Partner.Application.GreenhouseAssessment.Admin.Outbox.Commands.ReplayOutboxMessage;

public sealed class ReplayOutboxMessageCommandValidator : AbstractValidator<ReplayOutboxMessageCommand>
{
    public ReplayOutboxMessageCommandValidator() => this.RuleForField(c => c.Id).NotEmpty();
}
