using System.Text.Json.Serialization;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Commands.SendTest;

/// <summary>
/// contract: send_test. "The Testing Partner will then email the specified candidate the specified test." Run again when
/// the test was deleted concurrently, which then answers as for an unknown test.
/// </summary>
public sealed record SendTestCommand : IRequest<SendTestResult>, IGreenhouseCall, Common.Behaviours.IRetriedOnWriteConflict
{
    /// <summary>Identifies a test available to the organization, from list_tests.</summary>
    /// <example>12345</example>
    public required string PartnerTestId { get; init; }

    /// <summary>The candidate to send the test to.</summary>
    public required SendTestCandidate Candidate { get; init; }

    /// <summary>Optional: where we send PATCH (Basic auth, no body) once the candidate completes the test.</summary>
    /// <example>https://app.greenhouse.io/integrations/testing_partners/complete/5699620</example>
    public string? Url { get; init; }

    /// <summary>Optional: the e-mail address of the Greenhouse user who sent the test.</summary>
    /// <example>recruiter@example.com</example>
    public string? SentBy { get; init; }

    /// <summary>Set from the API key by the controller; never from JSON.</summary>
    [JsonIgnore]
    public Guid OrganizationId { get; init; }

    /// <summary>The API key that authenticated the call, set by the controller; recorded on the instance for operators.</summary>
    [JsonIgnore]
    public Guid ApiKeyId { get; init; }

    public override string ToString() => $"SendTestCommand {{ PartnerTestId = {PartnerTestId}, OrganizationId = {OrganizationId} }}";
}
