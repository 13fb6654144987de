using Partner.Application.GreenhouseAssessment.Admin.Outbox.Queries.ListOutboxMessages;

namespace Partner.Application.GreenhouseAssessment.Admin.Outbox.Commands.ReplayOutboxMessage;

/// <summary>Sends a dead letter again, with a fresh series of attempts.</summary>
public sealed record ReplayOutboxMessageCommand(Guid Id) : IRequest<OutboxMessageDto>;
