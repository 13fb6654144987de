using System.Text.Json.Serialization;
using Partner.Application.Admin.AssessmentTests.Queries.ListAssessmentTests;

namespace Partner.Application.Admin.AssessmentTests.Commands.CreateAssessmentTest;

/// <summary>A test the organization can send; list_tests shows it.</summary>
public sealed record CreateAssessmentTestCommand : IRequest<AssessmentTestDto>
{
    /// <summary>Optional; generated when absent. Unique within the organization.</summary>
    /// <example>12345</example>
    public string? PartnerTestId { get; init; }

    /// <summary>Greenhouse's label for the test.</summary>
    /// <example>My First Test</example>
    public required string PartnerTestName { get; init; }

    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid OrganizationId { get; init; }
}
