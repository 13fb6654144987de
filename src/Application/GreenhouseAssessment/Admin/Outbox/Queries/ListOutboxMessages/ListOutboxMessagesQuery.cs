using Partner.Application.Common.Models;
using Partner.Domain.GreenhouseAssessment.Outbox;

namespace Partner.Application.GreenhouseAssessment.Admin.Outbox.Queries.ListOutboxMessages;

/// <summary>Outbox messages, optionally in one state (pending, delivered, dead) or of one test instance, oldest first.</summary>
public sealed record ListOutboxMessagesQuery(OutboxState? State, int Page = 1, int PageSize = 50, string? PartnerInterviewId = null)
    : IPagedQuery<OutboxMessageDto>;
