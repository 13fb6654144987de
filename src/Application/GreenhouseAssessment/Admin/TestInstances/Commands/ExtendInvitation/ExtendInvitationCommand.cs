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
