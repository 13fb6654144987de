namespace Partner.Application.GreenhouseAssessment.TestInstances.Commands.SendTest;

/// <summary>contract: send_test's candidate.</summary>
public sealed record SendTestCandidate
{
    /// <summary>The first name of the candidate.</summary>
    /// <example>Kate</example>
    public required string FirstName { get; init; }

    /// <summary>The name the candidate goes by; they are greeted with it, else with first_name.</summary>
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
