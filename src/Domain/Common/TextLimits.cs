namespace Partner.Domain.Common;

/// <summary>
/// Column limits that validators and the EF configuration share, so a value the API accepts always fits its column.
/// An entity's own limits (Organization.NameMaxLength, AssessmentTest.PartnerTestIdMaxLength, ...) sit on the entity.
/// </summary>
public static class TextLimits
{
    /// <summary>A URL: a browser's practical limit.</summary>
    public const int Url = 2048;

    /// <summary>An e-mail address (RFC 5321: 64 + 1 + 255).</summary>
    public const int Email = 320;

    /// <summary>A person's first or last name, and the contracts' short labels.</summary>
    public const int Name = 200;

    /// <summary>An identifier from a contract (connection_id, partner_interview_id, api_call, a region).</summary>
    public const int Identifier = 100;

    /// <summary>A SHA-256 in lower-case hex.</summary>
    public const int Sha256Hex = 64;

    /// <summary>A DNS host name, and an account's e-mail domain.</summary>
    public const int HostName = 255;

    /// <summary>A cloud provider's name (aws, azure, gcp).</summary>
    public const int CloudProvider = 20;

    /// <summary>A Databricks SQL warehouse or cluster HTTP path.</summary>
    public const int HttpPath = 1024;

    /// <summary>A secret as a caller sends it: a personal access token, an OAuth client secret.</summary>
    public const int Secret = 4096;

    /// <summary>A protected secret (Data Protection ciphertext of up to <see cref="Secret"/> characters, base64).</summary>
    public const int Ciphertext = 8000;

    /// <summary>A protected key, code verifier or token of ours (ciphertext of a short value).</summary>
    public const int ShortCiphertext = 2000;

    /// <summary>An opaque token or lookup hash of ours (candidate and results links, lease owners).</summary>
    public const int Token = 100;

    /// <summary>An enum stored by its name.</summary>
    public const int EnumName = 40;

    /// <summary>A telephone number as Greenhouse sends it, with an extension.</summary>
    public const int PhoneNumber = 50;

    /// <summary>A colour as #rrggbb.</summary>
    public const int HexColor = 7;

    /// <summary>An outbox message's JSON payload.</summary>
    public const int OutboxPayload = 4000;
}
