using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Partner.Application.Common.Interfaces;
using Partner.Infrastructure.Persistence.Readers;

namespace Partner.Infrastructure.Persistence.PostgreSql;

/// <summary>
/// PostgreSQL registration: a pooled context, EF's connect facts reader, no process-wide write gate. Connecting, waiting
/// for a pooled connection and every command are bounded by Database:CommandTimeout, and nothing is retried, so an
/// outage answers within seconds (docs/operations.md "When the database is down").
/// </summary>
public static class PostgreSqlPersistence
{
    public static void AddPostgreSqlPersistence(this IServiceCollection services, string connectionString, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var bounded = ConnectionStrings.Parse(connectionString, database.Provider, s => new Npgsql.NpgsqlConnectionStringBuilder(s)
        {
            Timeout = database.CommandTimeoutSeconds,
            CommandTimeout = database.CommandTimeoutSeconds,
        }.ConnectionString);
        // Interceptors registered in DI (IInterceptor) are added too: tests use that to inject faults.
        services.AddDbContextPool<PostgreSqlApplicationDbContext>((sp, o) => o.UseNpgsql(bounded, npgsql => npgsql.CommandTimeout(database.CommandTimeoutSeconds))
            .AddInterceptors(sp.GetServices<IInterceptor>()));
        services.AddScoped<ApplicationDbContext>(sp => sp.GetRequiredService<PostgreSqlApplicationDbContext>());
        services.AddScoped<IConnectFactsReader, EfConnectFactsReader>();
    }
}
