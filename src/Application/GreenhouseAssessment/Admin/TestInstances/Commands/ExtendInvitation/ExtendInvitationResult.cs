namespace Partner.Application.GreenhouseAssessment.Admin.TestInstances.Commands.ExtendInvitation;

/// <summary>The invitation after the extension.</summary>
public sealed record ExtendInvitationResult
{
    /// <example>8c1e2b44f0a94d51a3b8e2f1c9d07a65</example>
    public required string PartnerInterviewId { get; init; }

    public required DateTimeOffset InvitationExpiresAt { get; init; }

    /// <summary>When the candidate will be reminded if they still have not started; null: no reminder to come.</summary>
    public DateTimeOffset? RemindAt { get; init; }
}
