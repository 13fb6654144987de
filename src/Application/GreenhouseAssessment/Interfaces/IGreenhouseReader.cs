using Partner.Application.GreenhouseAssessment.AssessmentTests.Queries.ListTests;
using Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetTestStatus;

namespace Partner.Application.GreenhouseAssessment.Interfaces;

/// <summary>The most frequent Greenhouse reads (every call's key, list_tests, test_status), as plain values from compiled queries.</summary>
public interface IGreenhouseReader
{
    /// <summary>The live (not revoked) API key with this hash and its organization, if any.</summary>
    Task<GreenhouseKey?> LiveKeyAsync(string keyHash, CancellationToken cancellationToken);

    /// <summary>The organization's tests, by name then id.</summary>
    Task<IReadOnlyList<GreenhouseTestDto>> TestsOfAsync(Guid organizationId, CancellationToken cancellationToken);

    /// <summary>The status of the organization's test instance with this partner_interview_id, if any.</summary>
    Task<TestStatusResult?> StatusOfAsync(string partnerInterviewId, Guid organizationId, CancellationToken cancellationToken);
}

/// <summary>A live Greenhouse API key: its id and its organization.</summary>
public sealed record GreenhouseKey(Guid KeyId, Guid OrganizationId);
