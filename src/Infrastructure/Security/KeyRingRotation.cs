using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Partner.Application.Common.Interfaces;
using Partner.Infrastructure.Persistence;

namespace Partner.Infrastructure.Security;

/// <summary>
/// `rotate-keys` (docs/operations.md "Security"): creates a Data Protection key, encrypted with DataProtection:Certificate,
/// revokes every other key (so the new one is the default at once, not after Data Protection's propagation window),
/// re-protects every stored secret under it (every string column named Protected*, so a new secret column is covered
/// without a change here), then deletes every other key from the database. Afterwards a copy of the database without
/// the certificate decrypts nothing, and secrets protected under keys that once sat unencrypted are gone with those keys.
/// Run it with the service stopped: a running instance would go on protecting with a key it still caches.
/// </summary>
public sealed class KeyRingRotation(
    ApplicationDbContext db, IKeyManager keys, IDataProtectionProvider protection, ISecretProtector secrets, KeyRingCertificates certificates,
    TimeProvider time, ILogger<KeyRingRotation> logger)
{
    public static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(90);

    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(100);

    public async Task<KeyRotationReport> RunAsync(CancellationToken cancellationToken)
    {
        var certificate = certificates.Current
            ?? throw new InvalidOperationException("rotate-keys needs DataProtection:Certificate:Path: the new key is encrypted with it.");
        var now = time.GetUtcNow();
        var key = keys.CreateNewKey(now, now + KeyLifetime);
        foreach (var old in keys.GetAllKeys().Where(k => k.KeyId != key.KeyId && !k.IsRevoked))
        {
            keys.RevokeKey(old.KeyId, "rotate-keys: replaced by a key encrypted with the certificate");
        }

        // The old keys are revoked, not gone yet: what they protected is still read, once, to be protected again.
        var revoked = (IPersistedDataProtector)protection.CreateProtector(DataProtectionSecretProtector.Purpose);
        await UntilProtectingWithAsync(key.KeyId, cancellationToken);
        var reprotected = 0;
        var unreadable = 0;
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var columns = entity.GetProperties().Where(p => p.Name.StartsWith("Protected", StringComparison.Ordinal) && p.ClrType == typeof(string))
                .Select(p => p.Name).ToList();
            if (columns.Count == 0)
            {
                continue;
            }

            var rows = await AllRowsAsync(entity.ClrType, cancellationToken);
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    var property = db.Entry(row).Property(column);
                    if (property.CurrentValue is not string ciphertext)
                    {
                        continue;
                    }

                    try
                    {
                        var secret = revoked.DangerousUnprotect(WebEncoders.Base64UrlDecode(ciphertext), ignoreRevocationErrors: true,
                            out _, out _);
                        property.CurrentValue = secrets.Protect(Encoding.UTF8.GetString(secret));
                        reprotected++;
                    }
                    catch (System.Security.Cryptography.CryptographicException)
                    {
                        unreadable++;
                        logger.LogWarning("{Entity}.{Column} of one row could not be decrypted and is left as it was", entity.ClrType.Name, column);
                    }
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        var keep = $"key-{key.KeyId:D}";
        var deleted = await db.ExecuteWriteAsync(token => db.DataProtectionKeys.Where(k => k.FriendlyName != keep).ExecuteDeleteAsync(token), cancellationToken);
        await db.EraseDeletedAsync(cancellationToken);
        logger.LogInformation("Key ring rotated: key {KeyId}, {Reprotected} secrets re-protected, {Deleted} old key ring entries deleted", key.KeyId, reprotected, deleted);
        return new KeyRotationReport(key.KeyId, certificate.Thumbprint, reprotected, unreadable, deleted);
    }

    /// <summary>
    /// Data Protection reloads its key ring in the background after a change: wait until what it protects carries the new
    /// key's id (bytes 4–19 of a payload, after the magic header).
    /// </summary>
    private async Task UntilProtectingWithAsync(Guid keyId, CancellationToken cancellationToken)
    {
        var probe = protection.CreateProtector("Partner.KeyRingRotation.Probe");
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(30); waited += ProbeInterval)
        {
            if (new Guid(probe.Protect([1]).AsSpan(4, 16)) == keyId)
            {
                return;
            }

            await Task.Delay(ProbeInterval, cancellationToken);
        }

        throw new InvalidOperationException($"Data Protection did not start using the new key {keyId} within 30 s; nothing was re-protected. Run rotate-keys again.");
    }

    private async Task<List<object>> AllRowsAsync(Type entity, CancellationToken cancellationToken)
    {
        var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entity).Invoke(db, null)!;
        return await set.ToListAsync(cancellationToken);
    }
}

/// <summary>What rotate-keys did.</summary>
public sealed record KeyRotationReport(Guid KeyId, string CertificateThumbprint, int Reprotected, int Unreadable, int DeletedKeyEntries);
