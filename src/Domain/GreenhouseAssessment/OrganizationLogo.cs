namespace Partner.Domain.GreenhouseAssessment;

/// <summary>An organization's uploaded logo, served by us to its candidate pages (PNG, JPEG or WebP, at most <see cref="MaxBytes"/>).</summary>
public sealed class OrganizationLogo
{
    public const int MaxBytes = 256 * 1024;

    private OrganizationLogo()
    {
        ContentType = string.Empty;
        Content = [];
        Hash = string.Empty;
    }

    /// <summary>One logo per organization.</summary>
    public Guid OrganizationId { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }

    /// <summary>SHA-256 (hex) of <see cref="Content"/>: the ETag, and part of the URL so a new logo is never served from a cache.</summary>
    public string Hash { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The image type read from the file's first bytes (not from what the uploader claims); null: not an accepted image.</summary>
    public static string? DetectContentType(ReadOnlySpan<byte> content) => content switch
    {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "image/webp",
        _ => null,
    };

    public static OrganizationLogo Create(Guid organizationId, string contentType, byte[] content, string hash, DateTimeOffset now) => new()
    {
        OrganizationId = organizationId,
        ContentType = contentType,
        Content = content,
        Hash = hash,
        UpdatedAt = now,
    };

    public void Replace(string contentType, byte[] content, string hash, DateTimeOffset now)
    {
        ContentType = contentType;
        Content = content;
        Hash = hash;
        UpdatedAt = now;
    }
}
