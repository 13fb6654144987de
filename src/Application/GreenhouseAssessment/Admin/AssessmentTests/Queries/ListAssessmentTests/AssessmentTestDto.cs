using AutoMapper;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Queries.ListAssessmentTests;

/// <summary>A test of an organization as operators see it, with its questions when the service runs it.</summary>
public sealed record AssessmentTestDto
{
    public Guid Id { get; init; }

    /// <example>12345</example>
    public string PartnerTestId { get; init; } = string.Empty;

    /// <example>My First Test</example>
    public string PartnerTestName { get; init; } = string.Empty;

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The questions (prompt, choices, correct_choice) of a test candidates take on the service; null otherwise.</summary>
    public IReadOnlyList<AssessmentQuestion>? Questions { get; init; }

    public int? TimeLimitMinutes { get; init; }

    public int? PassMarkPercent { get; init; }

    /// <summary>Days from send_test until an invitation not started expires.</summary>
    /// <example>14</example>
    public int InvitationLifetimeDays { get; init; }

    /// <summary>Days before the expiry when a candidate who has not started is reminded; 0: no reminder.</summary>
    /// <example>2</example>
    public int ReminderDaysBeforeExpiry { get; init; }

    internal sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<AssessmentTest, AssessmentTestDto>()
            .ForMember(d => d.PartnerTestName, o => o.MapFrom(s => s.Name))
            .ForMember(d => d.Questions, o =>
            {
                // Null, not AutoMapper's empty list, for a test taken in the assessment product.
                o.AllowNull();
                o.MapFrom(s => s.IsRunByService ? s.Questions : null);
            });
    }
}
