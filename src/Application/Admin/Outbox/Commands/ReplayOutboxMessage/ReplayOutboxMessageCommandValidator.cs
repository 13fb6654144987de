namespace Partner.Application.Admin.Outbox.Commands.ReplayOutboxMessage;

public sealed class ReplayOutboxMessageCommandValidator : AbstractValidator<ReplayOutboxMessageCommand>
{
    public ReplayOutboxMessageCommandValidator() => RuleFor(c => c.Id).NotEmpty().OverridePropertyName("id");
}
