using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Operations.Readiness;
using Partner.Application.Common.Exceptions;
using Partner.Infrastructure.Databricks;
using Partner.Infrastructure.GreenhouseAssessment.Email;
using Partner.Infrastructure.Persistence.Health;

namespace Partner.Infrastructure.Operations;

/// <summary>
/// The requirements outside the settings: the logo and icon files, the mail route (an SMTP server that answers, or a
/// pickup directory chosen on purpose), the self-testing workspace, and a database that takes a write.
/// </summary>
public sealed class InfrastructureReadinessProbe(
    IOptions<PartnerConfig> partnerConfig, IOptions<EmailOptions> email, IConfiguration configuration, DatabricksWorkspaceLocator workspaces,
    HealthCheckService health, Security.KeyRingCertificates keyRing, Persistence.ApplicationDbContext db, TimeProvider time,
    ReadinessMode? mode = null)
    : IReadinessProbe
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public int Order => 10;

    public async Task<IReadOnlyList<ReadinessCheck>> CheckAsync(CancellationToken cancellationToken) =>
    [
        Png("Logo file", "logo_file", partnerConfig.Value.LogoFile),
        Png("Icon file", "icon_file", partnerConfig.Value.IconFile),
        await MailAsync(cancellationToken),
        SelfTestWorkspace(),
        KeyRing(),
        .. await DatabaseAsync(cancellationToken),
    ];

    private ReadinessCheck KeyRing()
    {
        const string name = "Key ring encryption";
        if (keyRing.Current is not { } certificate)
        {
            return ReadinessCheck.Fail(name, "The Data Protection key ring is stored unencrypted: a copy of the database decrypts every stored secret.",
                "Set DataProtection:Certificate:Path (a PFX with its private key, or PEM with DataProtection:Certificate:KeyPath), restart, then run "
                + "`dotnet Partner.WebApi.dll rotate-keys` once (docs/operations.md \"Security\").");
        }

        var left = certificate.NotAfter.ToUniversalTime() - time.GetUtcNow().UtcDateTime;
        return left < TimeSpan.FromDays(30)
            ? ReadinessCheck.Fail(name, $"The key ring certificate {certificate.Thumbprint} expires on {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd}.",
                "Configure its successor as DataProtection:Certificate and this one under DataProtection:PreviousCertificates, then run rotate-keys.")
            : ReadinessCheck.Pass(name, $"Encrypted with the certificate {certificate.Thumbprint} (valid until {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd}).");
    }

    private ReadinessCheck Png(string name, string field, string file)
    {
        var path = string.IsNullOrWhiteSpace(file) ? null : partnerConfig.Value.BrandingFilePath(file);
        if (path is null || !File.Exists(path))
        {
            return ReadinessCheck.Fail(name, $"The PartnerConfig {field} {(path is null ? "is empty" : $"{path} does not exist")}.",
                $"Put the PNG next to the PartnerConfig file and name it in {field}.");
        }

        var header = new byte[PngSignature.Length];
        using (var stream = File.OpenRead(path))
        {
            stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        return header.AsSpan().SequenceEqual(PngSignature)
            ? ReadinessCheck.Pass(name, path)
            : ReadinessCheck.Fail(name, $"{path} is not a PNG file.", $"Databricks needs a PNG: convert it, or name another file in {field}.");
    }

    private async Task<ReadinessCheck> MailAsync(CancellationToken cancellationToken)
    {
        const string name = "Candidate e-mail";
        var settings = email.Value;
        if (!settings.UsesSmtp)
        {
            return string.IsNullOrWhiteSpace(configuration["Email:PickupDirectory"])
                ? ReadinessCheck.Fail(name, $"No SMTP server: candidate e-mails are written to {settings.PickupDirectory} and reach no one.",
                    "Set Email:Smtp:Host (and :Port, :UserName, :Password, :From), or set Email:PickupDirectory to keep the files on purpose.")
                : ReadinessCheck.Pass(name, $"E-mails are written to the pickup directory {settings.PickupDirectory} (Email:PickupDirectory).");
        }

        var smtp = settings.Smtp;
        try
        {
            using var client = new SmtpClient { Timeout = 5_000 };
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            await MailKitEmailSender.ConnectAsync(client, smtp, timeout.Token);
            await client.DisconnectAsync(quit: true, timeout.Token);
            return ReadinessCheck.Pass(name, $"The SMTP server {smtp.Host}:{smtp.Port} answers{(string.IsNullOrEmpty(smtp.UserName) ? "" : " and accepts the login")}.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ReadinessCheck.Fail(name, $"The SMTP server {smtp.Host}:{smtp.Port} could not be used: {ex.GetType().Name}.",
                "Check Email:Smtp:Host, :Port, :UseTls and the login, and that this host may reach the server.");
        }
    }

    private ReadinessCheck SelfTestWorkspace()
    {
        const string name = "Self-testing workspace";
        try
        {
            var workspace = workspaces.Locate();
            return ReadinessCheck.Pass(name, $"The partner's workspace is {workspace.Host.GetLeftPart(UriPartial.Authority)}.");
        }
        catch (PartnerException ex)
        {
            return ReadinessCheck.Fail(name, ex.Message,
                "Set Databricks:Host and Databricks:Token (or DATABRICKS_HOST / DATABRICKS_TOKEN, or a ~/.databrickscfg profile) to register the test tile.");
        }
    }

    /// <summary>The schema (pending migrations) and, unless read-only, a write; read-only asks the database to connect.</summary>
    private async Task<IReadOnlyList<ReadinessCheck>> DatabaseAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> pending;
        try
        {
            // Asked without creating anything (a missing SQLite file stays missing).
            if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
            {
                return [ReadinessCheck.Fail("Database", "The database does not exist yet.",
                    "Run `dotnet Partner.WebApi.dll migrate`, or start the service (Database:MigrateAtStartup), to create it.")];
            }

            pending = [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return [ReadinessCheck.Fail("Database", $"The database could not be reached: {ex.GetType().Name}.",
                "Check ConnectionStrings:Partner and that the server runs and is reachable (docs/operations.md \"When the database is down\").")];
        }

        var schema = pending.Count == 0
            ? ReadinessCheck.Pass("Database schema", "Every migration is applied.")
            : ReadinessCheck.Fail("Database schema", $"{pending.Count} migration(s) to apply: {string.Join(", ", pending)}.",
                "Run `dotnet Partner.WebApi.dll migrate` (or start with Database:MigrateAtStartup true).");
        if (mode?.ReadOnly == true)
        {
            return [schema, ReadinessCheck.Pass("Database answers", "The database answers (not asked to take a write: check changes nothing).")];
        }

        const string name = "Database takes writes";
        var report = await health.CheckHealthAsync(check => check.Tags.Contains(HealthTags.Ready), cancellationToken);
        return
        [
            schema,
            report.Status == HealthStatus.Healthy
                ? ReadinessCheck.Pass(name, "The database answers and takes a write.")
                : ReadinessCheck.Fail(name, string.Join(" ", report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy)
                        .Select(e => $"{e.Key}: {e.Value.Description ?? e.Value.Status.ToString()}")),
                    "See docs/operations.md \"Health and logs\": a full disk, a read-only file or an unreachable server."),
        ];
    }
}
