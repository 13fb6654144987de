using System.Text.Json.Serialization;
using Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Queries.ListAssessmentTests;

namespace Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Commands.SetInvitation;

/// <summary>
/// A test's invitation settings, for the tests sent from now on (an instance already sent keeps its expiry; extend it
/// with POST /admin/test-instances/{id}/extend). Absent values go back to the defaults.
/// </summary>
public sealed record SetInvitationCommand : IRequest<AssessmentTestDto>, Common.Behaviours.IRetriedOnWriteConflict
{
    /// <summary>Days from send_test until an invitation not started expires (1–365; default 14).</summary>
    /// <example>21</example>
    public int? InvitationLifetimeDays { get; init; }

    /// <summary>Days before the expiry when a candidate who has not started is reminded (0 = none; default 2).</summary>
    /// <example>3</example>
    public int? ReminderDaysBeforeExpiry { get; init; }

    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid OrganizationId { get; init; }

    /// <summary>From the route.</summary>
    [JsonIgnore]
    public string PartnerTestId { get; init; } = string.Empty;
}
