using System.Text.Json.Serialization;

namespace Partner.Application.GreenhouseAssessment.ResponseErrors.Commands.ReportResponseError;

/// <summary>contract: response_error, Greenhouse reporting a malformed answer of ours.</summary>
public sealed record ReportResponseErrorCommand : IRequest<Unit>, IGreenhouseCall
{
    /// <summary>The name of the API call that got the malformed answer.</summary>
    /// <example>test_status</example>
    public required string ApiCall { get; init; }

    /// <summary>What prevented the answer from validating.</summary>
    /// <example>["partner_status is 'complete' but partner_profile url is missing"]</example>
    public required IReadOnlyList<string> Errors { get; init; }

    /// <example>12345</example>
    public string? PartnerTestId { get; init; }

    /// <example>My First Test</example>
    public string? PartnerTestName { get; init; }

    /// <example>98765</example>
    public string? PartnerInterviewId { get; init; }

    /// <example>kate_austen@example.com</example>
    public string? CandidateEmail { get; init; }

    /// <summary>Set from the API key by the controller.</summary>
    [JsonIgnore]
    public Guid OrganizationId { get; init; }

    [JsonIgnore]
    public Guid ApiKeyId { get; init; }

    public override string ToString() => $"ReportResponseErrorCommand {{ ApiCall = {ApiCall} }}";
}
