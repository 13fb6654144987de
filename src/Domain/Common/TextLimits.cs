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
}
