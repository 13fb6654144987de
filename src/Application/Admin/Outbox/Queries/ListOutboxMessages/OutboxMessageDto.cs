using AutoMapper;
using Partner.Domain.Outbox;

namespace Partner.Application.Admin.Outbox.Queries.ListOutboxMessages;

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

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }

    internal sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<OutboxMessage, OutboxMessageDto>();
    }
}
