namespace Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Commands.CreateAssessmentTest;

/// <summary>One question of a test the service runs.</summary>
public sealed record QuestionInput
{
    /// <example>Which SQL clause filters rows?</example>
    public required string Prompt { get; init; }

    /// <example>["ORDER BY", "WHERE", "GROUP BY"]</example>
    public required IReadOnlyList<string> Choices { get; init; }

    /// <summary>The index of the correct choice, from 0.</summary>
    /// <example>1</example>
    public required int CorrectChoice { get; init; }
}
