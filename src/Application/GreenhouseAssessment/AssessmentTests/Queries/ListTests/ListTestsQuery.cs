using System.Text.Json.Serialization;

namespace Partner.Application.GreenhouseAssessment.AssessmentTests.Queries.ListTests;

/// <summary>contract: list_tests, the tests of the calling organization.</summary>
public sealed record ListTestsQuery : IRequest<IReadOnlyList<GreenhouseTestDto>>, IGreenhouseCall
{
    /// <summary>Set from the API key by the controller; never from JSON.</summary>
    [JsonIgnore]
    public Guid OrganizationId { get; init; }

    [JsonIgnore]
    public Guid ApiKeyId { get; init; }
}
