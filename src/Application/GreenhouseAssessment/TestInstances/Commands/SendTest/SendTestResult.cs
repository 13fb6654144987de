namespace Partner.Application.GreenhouseAssessment.TestInstances.Commands.SendTest;

/// <summary>contract: "a single object that contains a single key: partner_interview_id".</summary>
public sealed record SendTestResult
{
    /// <summary>Identifies the candidate's test instance; opaque.</summary>
    /// <example>3f9a0c2d8e7b4a61b5c4d3e2f1a09876</example>
    public required string PartnerInterviewId { get; init; }
}
