namespace Partner.Application.DatabricksPartnerConnect.Interfaces;

/// <summary>Signed, encrypted, URL-safe tokens that any instance sharing the key ring can read.</summary>
public interface IOpaqueTokenService
{
    string Issue<T>(string purpose, T payload, TimeSpan? lifetime = null);

    /// <summary>The payload, or default when the token is malformed, tampered with, expired or of another purpose.</summary>
    T? Read<T>(string purpose, string token);
}
