using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partner.Application.Common.Interfaces;
using Partner.Infrastructure.Security;

namespace Partner.WebApi.FunctionalTests.Security;

/// <summary>
/// docs/operations.md "Security": the Data Protection key ring is encrypted with DataProtection:Certificate, so a copy of
/// the database without the certificate decrypts no stored secret; rotate-keys moves an existing deployment onto the
/// certificate without losing a secret and removes the keys that were stored unencrypted.
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
[NonParallelizable]
public sealed class KeyRingTests(Provider provider)
{
    private const string Password = "pfx-password-0123";
    private string _directory = null!;
    private string _certificate = null!;

    [OneTimeSetUp]
    public void CreateCertificate()
    {
        _directory = Directory.CreateTempSubdirectory("partner-keyring-").FullName;
        _certificate = TestCertificates.WritePfx(_directory, "key-ring", Password);
    }

    [OneTimeTearDown]
    public void DeleteCertificate() => Directory.Delete(_directory, recursive: true);

    [Test]
    public async Task WithACertificate_ACopyOfTheDatabaseWithoutIt_DecryptsNoSecret()
    {
        using var owner = new PartnerApiFactory(WithCertificate(), provider: provider);
        var (connectionId, pat) = await ConnectWithPatAsync(owner);
        var stored = await StoredPatAsync(owner, connectionId);
        var keys = await owner.WithDbAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync());

        using var copy = new PartnerApiFactory(provider: provider, sharedDatabase: owner.Database);
        var protector = copy.Services.GetRequiredService<ISecretProtector>();

        Assert.Multiple(() =>
        {
            Assert.That(keys, Is.Not.Empty);
            Assert.That(keys, Has.All.Contains("encryptedSecret").And.All.Not.Contains("<value>"), "every key is stored encrypted");
            Assert.That(() => protector.Unprotect(stored), Throws.InstanceOf<CryptographicException>(), "without the certificate the PAT stays sealed");
            Assert.That(owner.Services.GetRequiredService<ISecretProtector>().Unprotect(stored), Is.EqualTo(pat), "with it, the PAT is there");
        });
    }

    [Test]
    public async Task PemCertificateAndKey_EncryptTheKeyRingToo()
    {
        var (certificatePath, keyPath) = TestCertificates.WritePem(_directory, "key-ring-pem");
        using var owner = new PartnerApiFactory(new Dictionary<string, string?>
        {
            ["DataProtection:AllowUnencryptedKeys"] = "false",
            ["DataProtection:Certificate:Path"] = certificatePath,
            ["DataProtection:Certificate:KeyPath"] = keyPath,
        }, provider: provider);
        var (connectionId, pat) = await ConnectWithPatAsync(owner);

        var keys = await owner.WithDbAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync());
        Assert.That(keys, Has.All.Contains("encryptedSecret"));
        Assert.That(owner.Services.GetRequiredService<ISecretProtector>().Unprotect(await StoredPatAsync(owner, connectionId)), Is.EqualTo(pat));
    }

    [Test]
    public async Task ExistingDeployment_RotateKeys_KeepsEverySecret_AndLeavesNoUnencryptedKey()
    {
        // Yesterday's deployment: no certificate, a connection with a PAT and an M2M secret, a Greenhouse organization's key.
        using var before = new PartnerApiFactory(provider: provider);
        var (connectionId, pat) = await ConnectWithPatAsync(before, oauthSecret: "dose-rotation-secret-0123");
        using (var admin = before.CreateAdminClient())
        {
            var (created, organization) = await admin.SendJsonAsync(HttpMethod.Post, GreenhouseApi.OrganizationsPath, GreenhouseApi.CreateOrganization($"rotation-{Guid.NewGuid():N}"));
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), organization.ToJsonString());
        }

        var oldMasterKeys = await before.WithDbAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync());
        var oldValue = oldMasterKeys.Select(x => System.Text.RegularExpressions.Regex.Match(x ?? string.Empty, "<value>([^<]+)</value>").Groups[1].Value).First(v => v.Length > 0);

        // Today: the certificate is configured and rotate-keys runs once.
        using var after = new PartnerApiFactory(WithCertificate(), provider: provider, sharedDatabase: before.Database);
        KeyRotationReport report;
        await using (var scope = after.Services.CreateAsyncScope())
        {
            report = await scope.ServiceProvider.GetRequiredService<KeyRingRotation>().RunAsync(CancellationToken.None);
        }

        var protector = after.Services.GetRequiredService<ISecretProtector>();
        var stored = await after.WithDbAsync(db => db.Connections.AsNoTracking().SingleAsync(c => c.Id == connectionId));
        var keys = await after.WithDbAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync());
        using var copy = new PartnerApiFactory(provider: provider, sharedDatabase: before.Database);
        var withoutCertificate = copy.Services.GetRequiredService<ISecretProtector>();
        Assert.Multiple(() =>
        {
            Assert.That(report.Reprotected, Is.GreaterThanOrEqualTo(3), "the PAT, the M2M secret and the Greenhouse key");
            Assert.That(report.Unreadable, Is.Zero);
            Assert.That(report.DeletedKeyEntries, Is.GreaterThanOrEqualTo(1));
            Assert.That(keys, Has.Count.EqualTo(1).And.All.Contains("encryptedSecret"), "only the new key is left, encrypted");
            Assert.That(protector.Unprotect(stored.ProtectedPersonalAccessToken!), Is.EqualTo(pat), "no secret lost");
            Assert.That(protector.Unprotect(stored.ProtectedOAuthSecret!), Is.EqualTo("dose-rotation-secret-0123"));
            Assert.That(() => withoutCertificate.Unprotect(stored.ProtectedPersonalAccessToken!), Throws.InstanceOf<CryptographicException>());
        });
        if (provider == Provider.Sqlite)
        {
            Assert.That(SqliteFiles(before.DatabasePath).AsSpan().IndexOf(Encoding.UTF8.GetBytes(oldValue)), Is.EqualTo(-1),
                "the old unencrypted key's bytes are gone from the file and its WAL (secure_delete, checkpoint)");
        }
    }

    private Dictionary<string, string?> WithCertificate() => new()
    {
        ["DataProtection:AllowUnencryptedKeys"] = "false",
        ["DataProtection:Certificate:Path"] = _certificate,
        ["DataProtection:Certificate:Password"] = Password,
    };

    private static async Task<(Guid ConnectionId, string Pat)> ConnectWithPatAsync(PartnerApiFactory factory, string? oauthSecret = null)
    {
        using var databricks = factory.CreateDatabricksClient();
        var pat = $"dapi{Guid.NewGuid():N}";
        var body = DatabricksRequests.Connect($"admin@{DatabricksRequests.NewTestDomain()}", DatabricksRequests.NewWorkspaceId());
        body["user_info"]!["auth"] = new JsonObject { ["personal_access_token"] = pat };
        if (oauthSecret is not null)
        {
            body["service_principal_id"] = Guid.NewGuid().ToString();
            body["service_principal_oauth_secret"] = oauthSecret;
        }

        var (response, json) = await databricks.ConnectAsync(body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        return (Guid.Parse(json["connection_id"]!.GetValue<string>()), pat);
    }

    private static Task<string> StoredPatAsync(PartnerApiFactory factory, Guid connectionId) =>
        factory.WithDbAsync(db => db.Connections.Where(c => c.Id == connectionId).Select(c => c.ProtectedPersonalAccessToken!).SingleAsync());

    private static byte[] SqliteFiles(string path)
    {
        using var all = new MemoryStream();
        foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.CopyTo(all);
        }

        return all.ToArray();
    }
}
