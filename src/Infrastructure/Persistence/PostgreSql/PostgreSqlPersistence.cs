using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Partner.Application.DatabricksPartnerConnect.Interfaces;
using Partner.Infrastructure.DatabricksPartnerConnect.Persistence;

namespace Partner.Infrastructure.Persistence.PostgreSql;

/// <summary>Nothing is retried, so an outage answers within seconds (docs/operations.md "When the database is down").</summary>
public static class PostgreSqlPersistence
{
    public const int DefaultMaxPoolSize = 32;

    /// <summary>Statements kept prepared per connection with Database:AutoPrepare (the service repeats about a dozen).</summary>
    public const int DefaultMaxAutoPrepare = 32;

    /// <summary>A statement is prepared at its second use: a sign-in's query on a fresh connection is prepared at once.</summary>
    public const int DefaultAutoPrepareMinUsages = 2;

    private const int CancellationWaitMilliseconds = 500;

    public static void AddPostgreSqlPersistence(this IServiceCollection services, string connectionString, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var bounded = ConnectionStrings.Parse(connectionString, database.Provider, s => Bounded(s, database));
        // Interceptors registered in DI (IInterceptor) are added too: tests use that to inject faults.
        services.AddDbContextPool<PostgreSqlApplicationDbContext>((sp, o) => o.UseNpgsql(bounded, npgsql => npgsql.CommandTimeout(database.CommandTimeoutSeconds))
            .AddInterceptors(sp.GetServices<IInterceptor>()));
        services.AddScoped<ApplicationDbContext>(sp => sp.GetRequiredService<PostgreSqlApplicationDbContext>());
        services.AddScoped<IConnectFactsReader, EfConnectFactsReader>();
    }

    /// <summary>
    /// The operator's connection string with our bounds. After a command times out, Npgsql opens one more connection to
    /// ask the server to cancel it (bounded by Timeout), then waits CancellationTimeout for an answer a server lost on the
    /// network never sends. Unless the operator chose them: GSS encryption is not tried first (each attempt to a silent
    /// server would wait twice); the pool holds at most <see cref="DefaultMaxPoolSize"/> (a burst opening Npgsql's default
    /// 100 made a busy server accept the last slower than Database:ConnectTimeout); and with Database:AutoPrepare statements
    /// are prepared, which served 8–43% more requests per second (docs/performance.md "Current figures").
    /// </summary>
    public static string Bounded(string connectionString, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Timeout = database.ConnectTimeoutSeconds,
            CommandTimeout = database.CommandTimeoutSeconds,
            CancellationTimeout = CancellationWaitMilliseconds,
        };
        var chosen = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant()).ToHashSet();
        if (!chosen.Contains("GSSENCRYPTIONMODE") && Environment.GetEnvironmentVariable("PGGSSENCMODE") is not { Length: > 0 })
        {
            builder.GssEncryptionMode = GssEncryptionMode.Disable;
        }

        if (!chosen.Contains("MAXIMUMPOOLSIZE") && !chosen.Contains("MAXPOOLSIZE"))
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }

        if (!chosen.Contains("MAXAUTOPREPARE"))
        {
            builder.MaxAutoPrepare = database.AutoPrepare ? DefaultMaxAutoPrepare : 0;
            if (database.AutoPrepare && !chosen.Contains("AUTOPREPAREMINUSAGES"))
            {
                builder.AutoPrepareMinUsages = DefaultAutoPrepareMinUsages;
            }
        }
        else if (!database.AutoPrepare && builder.MaxAutoPrepare > 0)
        {
            throw new OptionsValidationException("Database:AutoPrepare", typeof(DatabaseOptions),
                ["Database:AutoPrepare is false but ConnectionStrings:Partner sets Max Auto Prepare: remove one of them."]);
        }

        return builder.ConnectionString;
    }
}
