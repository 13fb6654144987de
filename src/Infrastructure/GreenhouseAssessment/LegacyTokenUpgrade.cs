using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment;
using Partner.Infrastructure.Persistence;

namespace Partner.Infrastructure.GreenhouseAssessment;

/// <summary>
/// At start, after the migrations: legacy plain-text tokens move onto hashes and ciphertexts
/// (<see cref="Domain.GreenhouseAssessment.TestInstance.ProtectLegacyTokens"/>); once none is left, one indexed query that finds nothing.
/// </summary>
public static class LegacyTokenUpgrade
{
    public static async Task ProtectLegacyTokensAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var secrets = scope.ServiceProvider.GetRequiredService<ISecretProtector>();
        var legacy = await db.TestInstances.Where(i => i.CandidateToken != null || i.ResultsToken != null).ToListAsync(cancellationToken);
        if (legacy.Count == 0)
        {
            return;
        }

        foreach (var instance in legacy)
        {
            instance.ProtectLegacyTokens(OpaqueIds.HashToken, secrets.Protect);
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.EraseDeletedAsync(cancellationToken);
        scope.ServiceProvider.GetRequiredService<ILogger<ApplicationDbContext>>()
            .LogInformation("{Count} test instance(s) moved from plain-text tokens to hashes and ciphertext", legacy.Count);
    }
}
