using System.Security.Cryptography;
using System.Text;

namespace Partner.Application.DatabricksPartnerConnect.OAuth;

/// <summary>The random values of a U2M authorization and their digests: state, PKCE (RFC 7636, S256), browser binding.</summary>
public static class OAuthValues
{
    /// <summary>32 random bytes, base64url without padding (43 characters): a state, a browser binding or a code_verifier.</summary>
    public static string NewSecret() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Challenge(string codeVerifier) => System.Buffers.Text.Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(codeVerifier)));

    /// <summary>What is stored of a state or a browser binding: its SHA-256, lowercase hex.</summary>
    public static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// <summary>The name the browser keeps the binding of one authorization under: from its state, which the callback carries.</summary>
    public static string BindingName(string state) => Hash(state)[..16];
}
