using System.Security.Cryptography;
using System.Text;

namespace Partner.WebApi.Authentication;

/// <summary>Constant-time comparison of secrets: both sides are hashed first, so neither content nor length leaks.</summary>
public static class SecretComparer
{
    public static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));

    public static bool MatchesAny(string candidate, IEnumerable<byte[]> acceptedHashes) => IndexOfMatch(candidate, acceptedHashes) >= 0;

    /// <summary>The index of the first of <paramref name="acceptedHashes"/> that <paramref name="candidate"/> matches, else -1; always checks them all.</summary>
    public static int IndexOfMatch(string candidate, IEnumerable<byte[]> acceptedHashes)
    {
        ArgumentNullException.ThrowIfNull(acceptedHashes);
        var hash = Hash(candidate);
        var match = -1;
        var index = 0;
        foreach (var accepted in acceptedHashes)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, accepted) && match < 0)
            {
                match = index;
            }

            index++;
        }

        return match;
    }
}
