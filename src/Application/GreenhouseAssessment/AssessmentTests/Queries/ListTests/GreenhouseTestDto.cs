namespace Partner.Application.GreenhouseAssessment.AssessmentTests.Queries.ListTests;

/// <summary>contract: a test object of list_tests.</summary>
public sealed record GreenhouseTestDto
{
    /// <summary>Identifies a test available to an organization.</summary>
    /// <example>12345</example>
    public required string PartnerTestId { get; init; }

    /// <summary>A descriptive title for the test; Greenhouse's label for it.</summary>
    /// <example>My First Test</example>
    public required string PartnerTestName { get; init; }
}
