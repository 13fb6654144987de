using Partner.Application.GreenhouseAssessment.Admin.Outbox.Queries.ListOutboxMessages;

namespace Partner.Application.GreenhouseAssessment.Admin.Outbox.Commands.ReplayOutboxMessage;

/// <summary>
/// Sends a dead letter again, with a fresh series of attempts. A replay racing another finds the message no longer dead
/// and answers 409, as a second replay after the first would.
/// </summary>
public sealed record ReplayOutboxMessageCommand(Guid Id) : IRequest<OutboxMessageDto>, Common.Behaviours.IRetriedOnWriteConflict;
