namespace Partner.Infrastructure.Security;

/// <summary>
/// The DataProtection section: the X.509 certificate that encrypts the Data Protection key ring at rest (the key ring sits
/// in the database beside the ciphertexts it protects, so without it a backup decrypts every stored secret).
/// docs/operations.md "Security".
/// </summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>The certificate new keys are encrypted with.</summary>
    public CertificateSource Certificate { get; set; } = new();

    /// <summary>Certificates that encrypted older keys, still accepted to read them (while moving to a new certificate).</summary>
    public List<CertificateSource> PreviousCertificates { get; set; } = [];

    /// <summary>Keep the key ring unencrypted outside Development. Tests only.</summary>
    public bool AllowUnencryptedKeys { get; set; }
}

/// <summary>
/// A certificate with its private key: a PKCS#12 file (<see cref="Path"/>, <see cref="Password"/>), or PEM: the certificate at
/// <see cref="Path"/> and the key at <see cref="KeyPath"/> (or in the same file), <see cref="Password"/> for an encrypted key.
/// </summary>
public sealed class CertificateSource
{
    public string? Path { get; set; }

    public string? Password { get; set; }

    public string? KeyPath { get; set; }

    public bool IsSet => !string.IsNullOrWhiteSpace(Path);

    public override string ToString() => $"CertificateSource {{ Path = {Path}, KeyPath = {KeyPath}, Password = {(Password is null ? "(none)" : "***")} }}";
}
