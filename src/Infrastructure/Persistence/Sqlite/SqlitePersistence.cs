using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Update;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Partner.Application.DatabricksPartnerConnect.Interfaces;
using Partner.Application.GreenhouseAssessment.Interfaces;
using Partner.Infrastructure.DatabricksPartnerConnect.Persistence;
using Partner.Infrastructure.GreenhouseAssessment.Persistence;

namespace Partner.Infrastructure.Persistence.Sqlite;

/// <summary>Everything SQLite-specific, registered in one place (docs/decisions/0004-sqlite-fast-path.md).</summary>
public static class SqlitePersistence
{
    public static void AddSqlitePersistence(this IServiceCollection services, string connectionString, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(database);
        EnsureDirectory(connectionString);
        services.AddSingleton<SqliteWriteGate>();
        // Interceptors registered in DI (IInterceptor) are added too: tests use that to inject faults.
        // SQLite changes a column by rebuilding its table, and EF warns at each such migration that the PRAGMA it needs runs
        // outside the migration's transaction: a note for whoever writes migrations, not for an operator's fresh start.
        services.AddDbContextPool<SqliteApplicationDbContext>((sp, o) => KeptOpenSqliteConnection.Replace(
                o.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(database.CommandTimeoutSeconds))
                    .ConfigureWarnings(w => w.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Debug))))
            .ReplaceService<IModificationCommandBatchFactory, SqliteBatchedWrites>()
            .AddInterceptors(sp.GetServices<IInterceptor>().Prepend(new SqliteConnectionInterceptor())));
        services.AddScoped<ApplicationDbContext>(sp => sp.GetRequiredService<SqliteApplicationDbContext>());
        services.AddScoped<IConnectFactsReader, SqliteConnectFactsReader>();
        services.AddScoped<IGreenhouseReader, SqliteGreenhouseReader>();
    }

    public static string WithTimeout(string connectionString, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return ConnectionStrings.Parse(connectionString, database.Provider,
            s => new SqliteConnectionStringBuilder(s) { DefaultTimeout = database.CommandTimeoutSeconds }.ToString());
    }

    public static string DefaultConnectionString(string dataDirectory) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, "partner.db") }.ToString();

    private static void EnsureDirectory(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(directory);
        }
    }
}
