namespace Partner.Domain.GreenhouseAssessment;

/// <summary>When a sent test's invitation expires, and when the candidate is reminded if they have not started (null: never).</summary>
public sealed record Invitation(DateTimeOffset ExpiresAt, DateTimeOffset? RemindAt);
