using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partner.Infrastructure.GreenhouseAssessment;

namespace Partner.Infrastructure.Persistence;

/// <summary>
/// At start: waits for a server database, applies the migrations unless Database:MigrateAtStartup is false (then a pending
/// migration stops the start: `migrate` runs before a rollout), upgrades legacy tokens (<see cref="LegacyTokenUpgrade"/>), then seeds.
/// </summary>
public static class DatabaseInitializer
{
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            await WaitForDatabaseAsync(db, options, cancellationToken);
            if (options.MigrateAtStartup)
            {
                await db.MigrateAsync(cancellationToken);
            }
            else if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList() is { Count: > 0 } pending)
            {
                throw new DatabaseStartupException(
                    $"The database lacks {pending.Count} migration(s) and Database:MigrateAtStartup is false: run `dotnet Partner.WebApi.dll migrate` first.");
            }

            scope.ServiceProvider.GetRequiredService<ILogger<ApplicationDbContext>>().LogInformation("Database ready ({Provider})", db.Database.ProviderName);
        }

        await services.ProtectLegacyTokensAsync(cancellationToken);
        await services.SeedGreenhouseAsync(cancellationToken);
    }

    /// <summary>The `migrate` command: waits for the database as a start does, applies the pending migrations, nothing else.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        await WaitForDatabaseAsync(db, options, cancellationToken);
        await db.MigrateAsync(cancellationToken);
    }

    /// <summary>A server database may still be starting (a compose file, a reboot): ask it again every second, within StartupTimeout.</summary>
    private static async Task WaitForDatabaseAsync(ApplicationDbContext db, DatabaseOptions options, CancellationToken cancellationToken)
    {
        if (options.Provider == DatabaseOptions.Sqlite)
        {
            return;
        }

        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // The server answers (the database itself may not exist yet: the migrations create it).
                await db.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>().ExistsAsync(cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                if (waited.Elapsed + TimeSpan.FromSeconds(1) > options.StartupTimeout)
                {
                    throw new DatabaseStartupException(
                        $"The database did not answer within Database:StartupTimeout ({options.StartupTimeout}): {ex.Message.ReplaceLineEndings(" ").TrimEnd('.')}. "
                        + "Check ConnectionStrings:Partner, and that the server runs and accepts connections from this host.");
                }
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }
}

/// <summary>The database keeps the service from starting; the message says why and what to do, in one line.</summary>
public sealed class DatabaseStartupException(string message) : Exception(message);
