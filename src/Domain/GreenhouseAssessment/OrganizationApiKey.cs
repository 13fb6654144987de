namespace Partner.Domain.GreenhouseAssessment;

/// <summary>
/// A key Greenhouse uses for one organization (Basic user name, empty password). Several may be live at once so a key
/// can be rotated. Held as a SHA-256 hash for look-up and as ciphertext, because the completion PATCH authenticates
/// back to Greenhouse with the same key.
/// </summary>
public sealed class OrganizationApiKey
{
    private OrganizationApiKey()
    {
        KeyHash = string.Empty;
        ProtectedKey = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the key; unique.</summary>
    public string KeyHash { get; private set; }

    /// <summary>Ciphertext of the key (see ISecretProtector).</summary>
    public string ProtectedKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>When Greenhouse last called with the key (recorded at most once per Greenhouse:ApiKeyCacheDuration and instance).</summary>
    public DateTimeOffset? LastUsedAt { get; private set; }

    public static OrganizationApiKey Issue(Guid organizationId, string keyHash, string protectedKey, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganizationId = organizationId,
        KeyHash = keyHash,
        ProtectedKey = protectedKey,
        CreatedAt = now,
    };

    /// <summary>Revoking twice keeps the first revocation time.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
