using Partner.Application.Common.Validation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Outbound;
using Partner.Application.Configuration;
using Partner.Application.DatabricksPartnerConnect.Connections.Commands.TestConnection;
using Partner.Application.GreenhouseAssessment;
using Partner.Application.DatabricksPartnerConnect.Landing;
using Partner.Application.DatabricksPartnerConnect.OAuth;
using Partner.Application.DatabricksSelfTesting;
using Partner.Infrastructure.Configuration;
using Partner.Infrastructure.Databricks;
using Partner.Infrastructure.Email;
using Partner.Infrastructure.Greenhouse;
using Partner.Infrastructure.Outbound;
using Partner.Infrastructure.Outbox;
using Partner.Infrastructure.Persistence;
using Partner.Infrastructure.Persistence.Health;
using Partner.Infrastructure.Persistence.PostgreSql;
using Partner.Infrastructure.Persistence.Readers;
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
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .Validate(o => o.CommandTimeout >= TimeSpan.FromSeconds(1) && o.CommandTimeout <= TimeSpan.FromMinutes(5),
                "Database:CommandTimeout must be between 00:00:01 and 00:05:00.")
            .Validate(o => o.ConnectTimeout >= TimeSpan.FromSeconds(1) && o.ConnectTimeout <= o.CommandTimeout,
                "Database:ConnectTimeout must be between 00:00:01 and Database:CommandTimeout.")
            .Validate(o => o.StartupTimeout >= TimeSpan.Zero && o.StartupTimeout <= TimeSpan.FromMinutes(30),
                "Database:StartupTimeout must be between 00:00:00 and 00:30:00.")
            .ValidateOnStart();
        services.TryAddScoped<IGreenhouseReader, EfGreenhouseReader>();
        // /health/ready: the database answers and takes a write (a cached probe, answered within Health:WriteProbeTimeout
        // even when the driver takes longer to give up); /health/live checks nothing.
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection(HealthOptions.Section))
            .Validate(o => o.WriteProbeCacheDuration >= TimeSpan.Zero, "Health:WriteProbeCacheDuration must not be negative.")
            .Validate(o => o.WriteProbeTimeout > TimeSpan.Zero, "Health:WriteProbeTimeout must be positive.")
            .ValidateOnStart();
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

        services.AddOptions<KeyRingOptions>().Bind(configuration.GetSection(KeyRingOptions.Section)).ValidateOnStart();
        services.AddSingleton(certificates);
        services.AddSingleton<IValidateOptions<KeyRingOptions>, KeyRingOptionsValidator>();
        services.AddScoped<KeyRingRotation>();
        services.AddSingleton<ISecretProtector, DataProtectionSecretProtector>();
        services.AddSingleton<IOpaqueTokenService, DataProtectionTokenService>();

        services.AddOptions<PartnerConnectOptions>().Bind(configuration.GetSection(PartnerConnectOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PartnerConnectOptions>>(
            new FluentValidateOptions<PartnerConnectOptions>(new PartnerConnectOptionsValidator(), "PartnerConnect"));
        services.AddOptions<LandingOptions>().Bind(configuration.GetSection(LandingOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LandingOptions>>(new FluentValidateOptions<LandingOptions>(new LandingOptionsValidator(), "Landing"));
        services.AddOptions<PartnerConfig>().ValidateOnStart();
        services.AddSingleton<IConfigureOptions<PartnerConfig>, PartnerConfigFile>();
        services.AddSingleton<IValidateOptions<PartnerConfig>>(
            new FluentValidateOptions<PartnerConfig>(new PartnerConfigValidator(), "PartnerConfig"));

        services.AddSingleton<IDeploymentEnvironment>(new HostDeploymentEnvironment(environment.IsDevelopment()));
        AddOutbound(services, configuration);
        services.AddScoped<Application.Operations.Readiness.IReadinessProbe, Readiness.InfrastructureReadinessProbe>();
        AddDatabricks(services, configuration);
        AddGreenhouse(services, configuration, environment, database);
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

    private sealed record HostDeploymentEnvironment(bool IsDevelopment) : IDeploymentEnvironment;

    /// <summary>The outbound URL policy's settings and the connector every call made on someone else's word goes through.</summary>
    private static void AddOutbound(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboundOptions>().Bind(configuration.GetSection(OutboundOptions.Section));
        services.AddSingleton<IHostAddressResolver, DnsHostAddressResolver>();
        services.AddSingleton<GuardedConnector>();
    }

    /// <summary>Outbound calls to Databricks workspaces: the self-testing partner API and test-connection's checks.</summary>
    private static void AddDatabricks(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabricksOptions>().Bind(configuration.GetSection(DatabricksOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabricksOptions>>(
            new FluentValidateOptions<DatabricksOptions>(new DatabricksOptionsValidator(), "Databricks"));
        services.AddSingleton<IValidateOptions<DatabricksOptions>, PublishedAppClientIdCheck>();
        services.AddSingleton<DatabricksWorkspaceLocator>();

        // HttpClient logs URLs, and headers only at Trace; .NET 10 already redacts their values, said here explicitly so the
        // Bearer token can never reach a log (SelfTestPartnerTests checks the captured logs).
        services.AddHttpClient<IDatabricksWorkspaceClient, DatabricksWorkspaceClient>()
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RedactLoggedHeaders(_ => true)
            .AddResilienceHandler("databricks", static (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<DatabricksOptions>>().Value;
                if (options.MaxRetries > 0)
                {
                    // The defaults retry 408, 429, 5xx, no answer and a timed-out attempt, honouring Retry-After.
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetries,
                        Delay = options.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                    });
                }

                pipeline.AddTimeout(options.Timeout);
            });

        // Calls to customers' workspaces (test-connection's checks, the OAuth token endpoint) are made on someone else's word
        // and while someone waits: one attempt, no retries (a code or refresh token must not be sent twice), through the
        // outbound URL policy's connector, and at most 1 MiB of an answer read.
        services.AddHttpClient(DatabricksWorkspaceProbe.HttpClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                client.Timeout = provider.GetRequiredService<IOptions<DatabricksOptions>>().Value.Timeout;
                client.MaxResponseContentBufferSize = 1024 * 1024;
            })
            .ConfigurePrimaryHttpMessageHandler(provider => provider.GetRequiredService<GuardedConnector>().CreateHandler())
            .RedactLoggedHeaders(_ => true);
        services.AddSingleton<IWorkspaceProbe, DatabricksWorkspaceProbe>();
        services.AddSingleton<IDatabricksOAuthClient, DatabricksOAuthClient>();
        // The token service's stampede protection: one renewal per connection and instance, whoever asks (ConnectionAccessTokens).
        services.AddHybridCache();
    }

    private static void AddGreenhouse(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, DatabaseOptions database)
    {
        services.AddOptions<GreenhouseOptions>().Bind(configuration.GetSection(GreenhouseOptions.Section))
            .Validate(o => string.IsNullOrWhiteSpace(o.AssessmentUrl) || HttpUrl.IsAbsolute(o.AssessmentUrl),
                "Greenhouse:AssessmentUrl must be an absolute http(s) URL.")
            .Validate(o => o.CallbackHosts.All(HostAllowList.IsValidPattern), "Greenhouse:CallbackHosts:N must each be a host name, *.domain or *.")
            .Validate(o => o.SendQuota.Limit > 0 && o.SendQuota.Window > TimeSpan.Zero, "Greenhouse:SendQuota:Limit and :Window must be positive.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ProductName) && o.ProductName.Length <= 100 && GreenhouseRules.HasNoControlCharacters(o.ProductName),
                "Greenhouse:ProductName must be 1 to 100 characters on one line.")
            .ValidateOnStart();

        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section))
            .PostConfigure(o => o.PickupDirectory = Path.GetFullPath(Path.Combine(environment.ContentRootPath,
                string.IsNullOrWhiteSpace(o.PickupDirectory) ? Path.Combine(database.DataDirectory, "mail") : o.PickupDirectory)))
            .Validate(o => !o.UsesSmtp || o.Smtp.Port is > 0 and <= 65535, "Email:Smtp:Port must be between 1 and 65535.")
            .Validate(o => MimeKit.MailboxAddress.TryParse(o.Smtp.From, out _), "Email:Smtp:From must be an e-mail address, e.g. \"Partner <no-reply@example.com>\".")
            .ValidateOnStart();
        services.AddSingleton<IEmailSender, MailKitEmailSender>();
        services.AddSingleton<IMailboxValidator, MailKitMailboxValidator>();

        // Through the outbound URL policy's connector, which follows no redirect: the Authorization header must not follow
        // Greenhouse's PATCH elsewhere; a 3xx is retried.
        services.AddHttpClient<ICompletionCallbackClient, CompletionCallbackClient>(c => c.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(provider => provider.GetRequiredService<GuardedConnector>().CreateHandler())
            .RedactLoggedHeaders(_ => true);

        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section))
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Outbox:PollInterval must be positive.")
            .Validate(o => o.RetryBaseDelay > TimeSpan.Zero, "Outbox:RetryBaseDelay must be positive.")
            .Validate(o => o.MaxAttempts >= 1, "Outbox:MaxAttempts must be at least 1.")
            .Validate(o => o.LeaseDuration > TimeSpan.Zero, "Outbox:LeaseDuration must be positive.")
            .Validate(o => o.BatchSize >= 1, "Outbox:BatchSize must be at least 1.")
            .Validate(o => o.MaxConcurrency is >= 1 and <= 256, "Outbox:MaxConcurrency must be between 1 and 256.")
            .Validate(o => o.DeliveryTimeout > TimeSpan.Zero && o.DeliveryTimeout < o.LeaseDuration,
                "Outbox:DeliveryTimeout must be positive and shorter than Outbox:LeaseDuration.")
            .ValidateOnStart();
        services.AddHostedService<OutboxDispatcher>();
    }
}
