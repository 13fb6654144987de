using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Partner.TestSupport;

/// <summary>Self-signed certificates for the key ring tests, written as an operator would provide them.</summary>
public static class TestCertificates
{
    /// <summary>A PKCS#12 file with the certificate and its private key, protected by <paramref name="password"/>.</summary>
    public static string WritePfx(string directory, string name, string password)
    {
        using var certificate = Create(name);
        var path = Path.Combine(directory, $"{name}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
        return path;
    }

    /// <summary>The certificate and its unencrypted private key as two PEM files.</summary>
    public static (string CertificatePath, string KeyPath) WritePem(string directory, string name)
    {
        using var certificate = Create(name);
        var certificatePath = Path.Combine(directory, $"{name}.crt.pem");
        var keyPath = Path.Combine(directory, $"{name}.key.pem");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        return (certificatePath, keyPath);
    }

    private static X509Certificate2 Create(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }
}
