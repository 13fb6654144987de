using Partner.Domain.GreenhouseAssessment.Outbox;

namespace Partner.Domain.GreenhouseAssessment;

/// <summary>What a submission of answers did: whether they came too late, and the completion callback to queue (or null).</summary>
public sealed record Submission(bool Expired, OutboxMessage? Callback);
