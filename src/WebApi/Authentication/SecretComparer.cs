using System.Security.Cryptography;
using System.Text;

namespace Partner.WebApi.Authentication;

/// <summary>Constant-time comparison of secrets: both sides are hashed first, so neither content nor length leaks.</summary>
public static class SecretComparer
{
    public static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));

    /// <summary>Whether <paramref name="candidate"/> matches any of <paramref name="acceptedHashes"/>; always checks them all.</summary>
    public static bool MatchesAny(string candidate, IEnumerable<byte[]> acceptedHashes)
    {
        ArgumentNullException.ThrowIfNull(acceptedHashes);
        var hash = Hash(candidate);
        var match = false;
        foreach (var accepted in acceptedHashes)
        {
            match |= CryptographicOperations.FixedTimeEquals(hash, accepted);
        }

        return match;
    }
}
