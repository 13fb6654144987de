using Partner.Infrastructure.Security;

namespace Partner.WebApi.Operations;

/// <summary>`dotnet Partner.WebApi.dll rotate-keys` (<see cref="KeyRingRotation"/>): exit 0 when done, 2 without a certificate.</summary>
public static class KeyRotationCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        await using var scope = services.CreateAsyncScope();
        KeyRotationReport report;
        try
        {
            report = await scope.ServiceProvider.GetRequiredService<KeyRingRotation>().RunAsync(CancellationToken.None);
        }
        catch (InvalidOperationException ex)
        {
            await error.WriteLineAsync($"Configuration error: {ex.Message}");
            return 2;
        }

        await output.WriteLineAsync($"New key {report.KeyId}, encrypted with the certificate {report.CertificateThumbprint}.");
        await output.WriteLineAsync($"{report.Reprotected} stored secret(s) re-protected under it; {report.DeletedKeyEntries} older key ring entr(ies) deleted.");
        if (report.Unreadable > 0)
        {
            await output.WriteLineAsync($"{report.Unreadable} stored value(s) could not be decrypted before and are left as they were (see the log).");
        }

        return 0;
    }
}
