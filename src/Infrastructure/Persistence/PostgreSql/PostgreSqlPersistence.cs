using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Partner.Application.Common.Interfaces;
using Partner.Infrastructure.Persistence.Readers;

namespace Partner.Infrastructure.Persistence.PostgreSql;

/// <summary>PostgreSQL registration: a pooled context, EF's connect facts reader, no process-wide write gate.</summary>
public static class PostgreSqlPersistence
{
    public static void AddPostgreSqlPersistence(this IServiceCollection services, string connectionString)
    {
        // Interceptors registered in DI (IInterceptor) are added too: tests use that to inject faults.
        services.AddDbContextPool<PostgreSqlApplicationDbContext>((sp, o) => o.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure())
            .AddInterceptors(sp.GetServices<IInterceptor>()));
        services.AddScoped<ApplicationDbContext>(sp => sp.GetRequiredService<PostgreSqlApplicationDbContext>());
        services.AddScoped<IConnectFactsReader, EfConnectFactsReader>();
    }
}
