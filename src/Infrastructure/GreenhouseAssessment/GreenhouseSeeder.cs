using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment;
using Partner.Domain.GreenhouseAssessment;
using Partner.Infrastructure.Persistence;

namespace Partner.Infrastructure.GreenhouseAssessment;

/// <summary>
/// Applies Greenhouse:Seed:Organization at start, idempotently: the organization by name, its key by hash, its tests
/// by partner_test_id (renamed when the configured name changed). A revoked seed key stays revoked.
/// </summary>
public static class GreenhouseSeeder
{
    public static async Task SeedGreenhouseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var seed = provider.GetRequiredService<IOptions<GreenhouseOptions>>().Value.Seed.Organization;
        if (seed is null || string.IsNullOrWhiteSpace(seed.Name))
        {
            return;
        }

        var db = provider.GetRequiredService<ApplicationDbContext>();
        var logger = provider.GetRequiredService<ILogger<ApplicationDbContext>>();
        var now = provider.GetRequiredService<TimeProvider>().GetUtcNow();
        var name = seed.Name.Trim();
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Name == name, cancellationToken);
        if (organization is null)
        {
            organization = Organization.Create(name, now);
            db.Organizations.Add(organization);
        }

        if (!string.IsNullOrWhiteSpace(seed.ApiKey))
        {
            var hash = GreenhouseApiKeys.Hash(seed.ApiKey);
            var key = await db.OrganizationApiKeys.FirstOrDefaultAsync(k => k.KeyHash == hash, cancellationToken);
            if (key is null)
            {
                var secrets = provider.GetRequiredService<ISecretProtector>();
                db.OrganizationApiKeys.Add(OrganizationApiKey.Issue(organization.Id, hash, secrets.Protect(seed.ApiKey), now));
            }
            else if (key.OrganizationId != organization.Id)
            {
                logger.LogWarning("Greenhouse seed: the configured API key belongs to another organization; not added to {Organization}", name);
            }
        }

        foreach (var test in seed.Tests.Where(t => !string.IsNullOrWhiteSpace(t.PartnerTestId) && !string.IsNullOrWhiteSpace(t.PartnerTestName)))
        {
            var partnerTestId = test.PartnerTestId.Trim();
            var existing = await db.AssessmentTests
                .FirstOrDefaultAsync(t => t.OrganizationId == organization.Id && t.PartnerTestId == partnerTestId, cancellationToken);
            if (existing is null)
            {
                db.AssessmentTests.Add(AssessmentTest.Create(organization.Id, partnerTestId, test.PartnerTestName, now));
            }
            else
            {
                existing.Rename(test.PartnerTestName);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Greenhouse seed applied for {Organization} ({TestCount} tests)", name, seed.Tests.Count);
        }
        catch (DbUpdateException ex) when (db.IsUniqueConstraintViolation(ex))
        {
            // Another instance seeded the same rows at the same moment.
            logger.LogInformation("Greenhouse seed for {Organization} was applied concurrently by another instance", name);
        }
    }
}
