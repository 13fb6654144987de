using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Partner.Infrastructure.Greenhouse;

namespace Partner.Infrastructure.Persistence;

/// <summary>
/// Applies the provider's migrations at start (<see cref="ApplicationDbContext.MigrateAsync"/>), moves test instances off
/// plain-text tokens (<see cref="LegacyTokenUpgrade"/>), then the configured Greenhouse seed.
/// </summary>
public static class DatabaseInitializer
{
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<ApplicationDbContext>>();
        await db.MigrateAsync(cancellationToken);
        logger.LogInformation("Database ready ({Provider})", db.Database.ProviderName);
        await services.ProtectLegacyTokensAsync(cancellationToken);
        await services.SeedGreenhouseAsync(cancellationToken);
    }
}
