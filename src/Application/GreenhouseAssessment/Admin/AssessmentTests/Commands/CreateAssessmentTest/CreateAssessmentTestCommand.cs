using System.Text.Json.Serialization;
using Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Queries.ListAssessmentTests;

namespace Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Commands.CreateAssessmentTest;

/// <summary>A test the organization can send; list_tests shows it.</summary>
public sealed record CreateAssessmentTestCommand : IRequest<AssessmentTestDto>
{
    /// <summary>Optional; generated when absent. Unique within the organization.</summary>
    /// <example>12345</example>
    public string? PartnerTestId { get; init; }

    /// <summary>Greenhouse's label for the test.</summary>
    /// <example>My First Test</example>
    public required string PartnerTestName { get; init; }

    /// <summary>
    /// Optional: the test's questions, when candidates take it on the service (1–200, each with 2–10 choices and the
    /// 0-based correct_choice). Without questions the candidate is handed to Greenhouse:AssessmentUrl.
    /// </summary>
    public IReadOnlyList<QuestionInput>? Questions { get; init; }

    /// <summary>Optional, with questions: minutes from start to submission (1–600).</summary>
    /// <example>30</example>
    public int? TimeLimitMinutes { get; init; }

    /// <summary>Optional, with questions: the percentage of correct answers that passes (0–100).</summary>
    /// <example>70</example>
    public int? PassMarkPercent { get; init; }

    /// <summary>Optional: days from send_test until an invitation the candidate has not started expires (1–365; default 14).</summary>
    /// <example>14</example>
    public int? InvitationLifetimeDays { get; init; }

    /// <summary>
    /// Optional: days before the expiry when a candidate who has not started is reminded, once (0 = no reminder, up to the
    /// lifetime − 1; default 2, or none for a lifetime of 2 days or less).
    /// </summary>
    /// <example>2</example>
    public int? ReminderDaysBeforeExpiry { get; init; }

    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid OrganizationId { get; init; }
}
