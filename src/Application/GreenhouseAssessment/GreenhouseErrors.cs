using Partner.Application.Common.Exceptions;
using Partner.Domain.Common;

namespace Partner.Application.GreenhouseAssessment;

/// <summary>The not-found answers the Greenhouse use cases share (docs/contracts/greenhouse-assessment.md).</summary>
public static class GreenhouseErrors
{
    /// <summary>An unknown partner_interview_id and one of another organization get the same 404.</summary>
    public static PartnerException InterviewNotFound() => new(ErrorReason.NotFound, "No test instance with this partner_interview_id.");

    /// <summary>An unknown partner_test_id and one of another organization get the same 404.</summary>
    public static PartnerException TestNotFound() =>
        new(ErrorReason.NotFound, "No test with this partner_test_id.", "Call list_tests for the organization's partner_test_id values.");

    /// <summary>A candidate link (or results link) that names no test instance.</summary>
    public static PartnerException LinkNotFound() =>
        new(ErrorReason.NotFound, "This test link is not valid. Please use the link from your e-mail.");
}
