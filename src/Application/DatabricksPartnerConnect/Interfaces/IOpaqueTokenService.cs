namespace Partner.Application.DatabricksPartnerConnect.Interfaces;

/// <summary>
/// Signs and encrypts small payloads into URL-safe tokens that any instance sharing the key ring can read:
/// redirect tokens of landing pages and pagination tokens.
/// </summary>
public interface IOpaqueTokenService
{
    string Issue<T>(string purpose, T payload, TimeSpan? lifetime = null);

    /// <summary>The payload, or default when the token is malformed, tampered with, expired or of another purpose.</summary>
    T? Read<T>(string purpose, string token);
}
