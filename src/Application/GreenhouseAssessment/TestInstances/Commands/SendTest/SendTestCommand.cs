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

    /// <summary>Optional (Greenhouse, since September 2024): the e-mail address of the Greenhouse user who sent the test.</summary>
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

/// <summary>contract: send_test's candidate.</summary>
public sealed record SendTestCandidate
{
    /// <summary>The first name of the candidate.</summary>
    /// <example>Kate</example>
    public required string FirstName { get; init; }

    /// <summary>The name the candidate goes by (Greenhouse sends it since January 2025); they are greeted with it, else with first_name.</summary>
    /// <example>Katie</example>
    public string? PreferredName { get; init; }

    /// <summary>The last name of the candidate.</summary>
    /// <example>Austen</example>
    public required string LastName { get; init; }

    /// <summary>A URL to the candidate's resume; it expires 7 days after the request (the results page links it until then).</summary>
    public string? ResumeUrl { get; init; }

    /// <summary>The candidate's phone number: digits, spaces and + ( ) - . / with at least 3 digits, an extension after x or ext.</summary>
    /// <example>123-456-7890</example>
    public string? PhoneNumber { get; init; }

    /// <summary>The candidate's e-mail address; the test is sent there.</summary>
    /// <example>kate_austen@example.com</example>
    public required string Email { get; init; }

    /// <summary>URL to the candidate's Greenhouse application.</summary>
    /// <example>https://www.greenhouse.io/people/5345178?application_id=5699620</example>
    public required string GreenhouseProfileUrl { get; init; }

    public override string ToString() => "SendTestCandidate { *** }";
}
