using System.Text.Json.Serialization;

namespace Partner.Application.GreenhouseAssessment.Admin.TestInstances.Commands.ExtendInvitation;

/// <summary>
/// Gives a candidate who has not started more time: the expiry moves <see cref="Days"/> later (from now when it has
/// passed), the link is e-mailed again once, and the reminder moves with the expiry unless it was sent already.
/// </summary>
public sealed record ExtendInvitationCommand : IRequest<ExtendInvitationResult>, Common.Behaviours.IRetriedOnWriteConflict
{
    /// <summary>Days to add to the expiry (from now, when it has passed): 1–365.</summary>
    /// <example>7</example>
    public required int Days { get; init; }

    /// <summary>From the route.</summary>
    [JsonIgnore]
    public string PartnerInterviewId { get; init; } = string.Empty;
}

/// <summary>The invitation after the extension.</summary>
public sealed record ExtendInvitationResult
{
    /// <example>8c1e2b44f0a94d51a3b8e2f1c9d07a65</example>
    public required string PartnerInterviewId { get; init; }

    public required DateTimeOffset InvitationExpiresAt { get; init; }

    /// <summary>When the candidate will be reminded if they still have not started; null: no reminder to come.</summary>
    public DateTimeOffset? RemindAt { get; init; }
}
