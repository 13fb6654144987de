namespace Partner.Domain.GreenhouseAssessment;

/// <summary>
/// Greenhouse reporting a malformed answer of ours (contract: response_error). Kept for operators: our early warning.
/// </summary>
public sealed class ResponseError
{
    private ResponseError()
    {
        ApiCall = string.Empty;
        ErrorsJson = "[]";
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>contract: api_call, e.g. test_status.</summary>
    public string ApiCall { get; private set; }

    /// <summary>contract: errors, a JSON array of strings.</summary>
    public string ErrorsJson { get; private set; }

    public string? PartnerTestId { get; private set; }

    public string? PartnerTestName { get; private set; }

    public string? PartnerInterviewId { get; private set; }

    public string? CandidateEmail { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public static ResponseError Record(
        Guid organizationId, string apiCall, string errorsJson, string? partnerTestId, string? partnerTestName,
        string? partnerInterviewId, string? candidateEmail, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganizationId = organizationId,
        ApiCall = apiCall,
        ErrorsJson = errorsJson,
        PartnerTestId = partnerTestId,
        PartnerTestName = partnerTestName,
        PartnerInterviewId = partnerInterviewId,
        CandidateEmail = candidateEmail,
        ReceivedAt = now,
    };
}
