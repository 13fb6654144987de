using System.Text.Json.Serialization;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetTestStatus;

/// <summary>contract: test_status?partner_interview_id=.</summary>
public sealed record GetTestStatusQuery(string? PartnerInterviewId) : IRequest<TestStatusResult>, IGreenhouseCall
{
    /// <summary>Set from the API key by the controller.</summary>
    [JsonIgnore]
    public Guid OrganizationId { get; init; }

    /// <summary>The API key that authenticated the call, set by the controller; its last use is recorded.</summary>
    [JsonIgnore]
    public Guid ApiKeyId { get; init; }
}
