using AutoMapper;
using Partner.Domain.GreenhouseAssessment.Outbox;

namespace Partner.Application.GreenhouseAssessment.Admin.Outbox.Queries.ListOutboxMessages;

/// <summary>An outbox message as operators see it (payloads hold identifiers only).</summary>
public sealed record OutboxMessageDto
{
    public Guid Id { get; init; }

    /// <summary>candidate_email or completion_callback.</summary>
    public OutboxMessageType Type { get; init; }

    /// <summary>pending, delivered or dead.</summary>
    public OutboxState State { get; init; }

    public int Attempts { get; init; }

    public DateTimeOffset NextAttemptAt { get; init; }

    /// <summary>Why the last attempt failed.</summary>
    public string? LastError { get; init; }

    public string Payload { get; init; } = string.Empty;

    /// <summary>The Greenhouse test instance the message is about (candidate e-mail, completion callback).</summary>
    /// <example>8c1e2b44f0a94d51a3b8e2f1c9d07a65</example>
    public string? PartnerInterviewId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }

    internal sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<OutboxMessage, OutboxMessageDto>().ForMember(d => d.PartnerInterviewId, o => o.Ignore());
    }
}
