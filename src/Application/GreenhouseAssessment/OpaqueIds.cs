using System.Buffers.Text;
using System.Security.Cryptography;

namespace Partner.Application.GreenhouseAssessment;

/// <summary>Random identifiers that cannot be guessed or enumerated.</summary>
public static class OpaqueIds
{
    /// <summary>contract: partner_interview_id; 128 random bits as 32 hex characters.</summary>
    public static string NewPartnerInterviewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>The candidate link's secret; 256 random bits, URL-safe.</summary>
    public static string NewCandidateToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>What is stored of a candidate link's or a results page's token: its SHA-256, lowercase hex.</summary>
    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    /// <summary>A partner_test_id for a test created without one.</summary>
    public static string NewPartnerTestId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
}
