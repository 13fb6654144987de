using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Partner.Application.Common.Interfaces;

namespace Partner.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Everything SQLite-specific, registered in one place: the write gate, the kept-open connection, the pragmas and the
/// prepared-statement readers (why and how to remove each: docs/decisions/0004-sqlite-fast-path.md).
/// </summary>
public static class SqlitePersistence
{
    public static void AddSqlitePersistence(this IServiceCollection services, string connectionString)
    {
        EnsureDirectory(connectionString);
        services.AddSingleton<SqliteWriteGate>();
        // Interceptors registered in DI (IInterceptor) are added too: tests use that to inject faults.
        services.AddDbContextPool<SqliteApplicationDbContext>((sp, o) => KeptOpenSqliteConnection.Replace(o.UseSqlite(connectionString))
            .AddInterceptors(sp.GetServices<IInterceptor>().Prepend(new SqliteConnectionInterceptor())));
        services.AddScoped<ApplicationDbContext>(sp => sp.GetRequiredService<SqliteApplicationDbContext>());
        services.AddScoped<IConnectFactsReader, SqliteConnectFactsReader>();
        services.AddScoped<IGreenhouseReader, SqliteGreenhouseReader>();
    }

    /// <summary>The default database: partner.db in the data directory.</summary>
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
