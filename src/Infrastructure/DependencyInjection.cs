using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Outbound;
using Partner.Application.DatabricksPartnerConnect.Interfaces;
using Partner.Application.GreenhouseAssessment.Interfaces;
using Partner.Infrastructure.Configuration;
using Partner.Infrastructure.Databricks;
using Partner.Infrastructure.DatabricksPartnerConnect;
using Partner.Infrastructure.DatabricksPartnerConnect.Persistence;
using Partner.Infrastructure.DatabricksSelfTesting;
using Partner.Infrastructure.GreenhouseAssessment;
using Partner.Infrastructure.GreenhouseAssessment.Persistence;
using Partner.Infrastructure.Operations;
using Partner.Infrastructure.Outbound;
using Partner.Infrastructure.Persistence;
using Partner.Infrastructure.Persistence.Health;
using Partner.Infrastructure.Persistence.PostgreSql;
using Partner.Infrastructure.Persistence.Sqlite;
using Partner.Infrastructure.Security;

namespace Partner.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("Partner");

        // Every command is bounded by Database:CommandTimeout, every connection attempt by Database:ConnectTimeout, and no
        // provider retries on its own: with the database gone a request fails fast with the server-error envelope
        // (Databricks and Greenhouse retry a 500).
        switch (database.Provider)
        {
            case DatabaseOptions.Sqlite:
                services.AddSqlitePersistence(SqlitePersistence.WithTimeout(connectionString
                    ?? SqlitePersistence.DefaultConnectionString(Path.GetFullPath(Path.Combine(environment.ContentRootPath, database.DataDirectory))), database),
                    database);
                break;
            case DatabaseOptions.SqlServer:
                RequireConnectionString(connectionString, database.Provider);
                var sqlServer = ConnectionStrings.Parse(connectionString!, database.Provider, s => new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(s)
                {
                    ConnectTimeout = database.ConnectTimeoutSeconds,
                    CommandTimeout = database.CommandTimeoutSeconds,
                    ConnectRetryCount = 0,
                }.ConnectionString);
                services.AddDbContextPool<SqlServerApplicationDbContext>((sp, o) => o.UseSqlServer(sqlServer, sql => sql.CommandTimeout(database.CommandTimeoutSeconds))
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                services.AddScoped<ApplicationDbContext>(sp => sp.GetRequiredService<SqlServerApplicationDbContext>());
                services.AddScoped<IConnectFactsReader, EfConnectFactsReader>();
                services.AddScoped<IAuthenticationFailureStore, DatabaseAuthenticationFailureStore>();
                break;
            case DatabaseOptions.PostgreSql:
                RequireConnectionString(connectionString, database.Provider);
                services.AddPostgreSqlPersistence(connectionString!, database);
                // Several instances share one server database: failed authentications are counted together.
                services.AddScoped<IAuthenticationFailureStore, DatabaseAuthenticationFailureStore>();
                break;
            default:
                throw new OptionsValidationException("Database:Provider", typeof(DatabaseOptions),
                    [$"Database:Provider must be Sqlite, PostgreSql or SqlServer, not '{database.Provider}'."]);
        }

        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<ApplicationDbContext>());
        services.AddValidatedOptions<DatabaseOptions, DatabaseOptionsValidator>(configuration, DatabaseOptions.Section);
        services.TryAddScoped<IGreenhouseReader, EfGreenhouseReader>();
        // /health/ready: the database answers and takes a write (a cached probe, answered within Health:WriteProbeTimeout
        // even when the driver takes longer to give up); /health/live checks nothing.
        services.AddValidatedOptions<HealthOptions, HealthOptionsValidator>(configuration, HealthOptions.Section);
        services.AddSingleton<DatabaseWriteHealthCheck>();
        services.AddHealthChecks().AddCheck<DatabaseWriteHealthCheck>("database-write", tags: [HealthTags.Ready]);

        // One key ring in the database, shared by every instance: tokens and secrets made by one are read by all. The ring is
        // encrypted with DataProtection:Certificate, so a copy of the database without it decrypts nothing (KeyRingOptions).
        var keyRing = configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        var certificates = new KeyRingCertificates(Options.Create(keyRing));
        var dataProtection = services.AddDataProtection().SetApplicationName("Partner").PersistKeysToDbContext<ApplicationDbContext>();
        if (certificates.Current is { } certificate)
        {
            dataProtection.ProtectKeysWithCertificate(certificate);
        }

        if (certificates.All.Count > 0)
        {
            dataProtection.UnprotectKeysWithAnyCertificate([.. certificates.All]);
        }

        services.AddSingleton(certificates);
        services.AddValidatedOptions<KeyRingOptions, KeyRingOptionsValidator>(configuration, KeyRingOptions.Section);
        services.AddScoped<KeyRingRotation>();
        services.AddSingleton<ISecretProtector, DataProtectionSecretProtector>();
        services.AddSingleton<IOpaqueTokenService, DataProtectionTokenService>();

        // The PartnerConfig file's reader; Application validates what it read.
        services.AddSingleton<IConfigureOptions<PartnerConfig>, PartnerConfigFile>();

        AddOutbound(services, configuration);
        services.AddSingleton<DatabricksWorkspaceLocator>();

        services.AddDatabricksPartnerConnectInfrastructure();
        services.AddDatabricksSelfTestingInfrastructure();
        services.AddGreenhouseAssessmentInfrastructure(configuration, environment, database);
        services.AddOperationsInfrastructure();
        return services;
    }

    private static void RequireConnectionString(string? connectionString, string provider)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new OptionsValidationException("ConnectionStrings:Partner", typeof(DatabaseOptions),
                [$"ConnectionStrings:Partner is required when Database:Provider is {provider}."]);
        }
    }

    /// <summary>The outbound URL policy's settings and the connector every call made on someone else's word goes through.</summary>
    private static void AddOutbound(IServiceCollection services, IConfiguration configuration)
    {
        // Two switches for tests and no rule about them: bound without a validator (docs/architecture.md "Options validation").
        services.AddOptions<OutboundOptions>().Bind(configuration.GetSection(OutboundOptions.Section));
        services.AddSingleton<IHostAddressResolver, DnsHostAddressResolver>();
        services.AddSingleton<GuardedConnector>();
    }
}
