using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.TestInstances.Queries.GetTestInstance;

public sealed record TestInstanceDto
{
    /// <example>8c1e2b44f0a94d51a3b8e2f1c9d07a65</example>
    public required string PartnerInterviewId { get; init; }

    /// <example>12345</example>
    public required string PartnerTestId { get; init; }

    /// <summary>As test_status answers it: sent, started, complete, or expired (not started before the invitation expired).</summary>
    public required PartnerStatus PartnerStatus { get; init; }

    /// <summary>The name the candidate goes by (send_test's candidate.preferred_name), if given.</summary>
    /// <example>Katie</example>
    public string? PreferredName { get; init; }

    /// <summary>The e-mail address of the Greenhouse user who sent the test (send_test's sent_by), if given.</summary>
    /// <example>recruiter@example.com</example>
    public string? SentBy { get; init; }

    /// <summary>When the invitation expires if not started (null: sent before invitations expired).</summary>
    public DateTimeOffset? InvitationExpiresAt { get; init; }

    /// <summary>When the one reminder is due (null: none), and when it went out.</summary>
    public DateTimeOffset? RemindAt { get; init; }

    public DateTimeOffset? RemindedAt { get; init; }

    public double? PartnerScore { get; init; }

    public string? PartnerProfileUrl { get; init; }

    public DateTimeOffset SentAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>For a test the service ran: the index of the chosen choice per question (null = no answer).</summary>
    public IReadOnlyList<int?>? Answers { get; init; }
}
