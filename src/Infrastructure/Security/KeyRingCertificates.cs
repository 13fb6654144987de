using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Partner.Infrastructure.Security;

/// <summary>
/// The certificates of <see cref="KeyRingOptions"/>, loaded once at registration: <see cref="Current"/> encrypts new keys, any of
/// <see cref="All"/> may decrypt one; a certificate that cannot be loaded is reported at start (<see cref="Problems"/>).
/// </summary>
public sealed class KeyRingCertificates
{
    private readonly Lazy<(X509Certificate2? Current, IReadOnlyList<X509Certificate2> All, IReadOnlyList<string> Problems)> _loaded;

    public KeyRingCertificates(IOptions<KeyRingOptions> options) => _loaded = new(() => Load(options.Value));

    public X509Certificate2? Current => _loaded.Value.Current;

    public IReadOnlyList<X509Certificate2> All => _loaded.Value.All;

    public IReadOnlyList<string> Problems => _loaded.Value.Problems;

    private static (X509Certificate2?, IReadOnlyList<X509Certificate2>, IReadOnlyList<string>) Load(KeyRingOptions options)
    {
        var problems = new List<string>();
        var all = new List<X509Certificate2>();
        X509Certificate2? current = null;
        var sources = new List<(string Key, CertificateSource Source)> { ($"{KeyRingOptions.Section}:Certificate", options.Certificate) };
        sources.AddRange(options.PreviousCertificates.Select((s, i) => ($"{KeyRingOptions.Section}:PreviousCertificates:{i}", s)));
        foreach (var (key, source) in sources.Where(s => s.Source.IsSet))
        {
            try
            {
                var certificate = LoadOne(source);
                if (!certificate.HasPrivateKey)
                {
                    problems.Add($"{key}:Path: {source.Path} has no private key; the key ring needs it to read its keys (a PFX with the key, or {key}:KeyPath).");
                    continue;
                }

                current ??= key.EndsWith(":Certificate", StringComparison.Ordinal) ? certificate : null;
                all.Add(certificate);
            }
            catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
            {
                problems.Add($"{key}:Path: cannot load the certificate {source.Path}: {ex.Message.ReplaceLineEndings(" ").Trim()}");
            }
        }

        return (current, all, problems);
    }

    private static X509Certificate2 LoadOne(CertificateSource source)
    {
        var path = source.Path!;
        if (!string.IsNullOrWhiteSpace(source.KeyPath))
        {
            return string.IsNullOrEmpty(source.Password)
                ? X509Certificate2.CreateFromPemFile(path, source.KeyPath)
                : X509Certificate2.CreateFromEncryptedPemFile(path, source.Password, source.KeyPath);
        }

        if (File.ReadAllText(path).Contains("-----BEGIN", StringComparison.Ordinal))
        {
            return string.IsNullOrEmpty(source.Password) ? X509Certificate2.CreateFromPemFile(path) : X509Certificate2.CreateFromEncryptedPemFile(path, source.Password);
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, source.Password, X509KeyStorageFlags.EphemeralKeySet);
    }
}
