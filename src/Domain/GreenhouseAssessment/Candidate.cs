namespace Partner.Domain.GreenhouseAssessment;

/// <summary>contract: send_test's candidate object (with Greenhouse's current preferred_name).</summary>
public sealed record Candidate(
    string FirstName, string LastName, string Email, string GreenhouseProfileUrl, string? ResumeUrl, string? PhoneNumber, string? PreferredName = null);
