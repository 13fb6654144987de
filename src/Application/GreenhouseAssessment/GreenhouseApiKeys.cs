using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Partner.Application.GreenhouseAssessment;

/// <summary>Greenhouse API keys: generated here, shown once, looked up by their SHA-256 hash.</summary>
public static class GreenhouseApiKeys
{
    /// <summary>A new key: 32 random bytes, URL-safe, with a prefix that says what it is.</summary>
    public static string Generate() => "gh_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Lower-case hex SHA-256: the look-up value stored beside the encrypted copy.</summary>
    public static string Hash(string apiKey)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)));
    }
}
