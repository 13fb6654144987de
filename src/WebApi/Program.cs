using System.Reflection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Partner.Application;
using Partner.Infrastructure;
using Partner.Infrastructure.Persistence;
using Partner.Infrastructure.Persistence.Health;
using Partner.WebApi.Operations;
using Partner.WebApi;
using Partner.WebApi.Errors;
using Partner.WebApi.Logging;
using Partner.WebApi.OpenApi;
using Partner.WebApi.Startup;
using Partner.WebApi.Telemetry;

// As the process's own entry point, an invalid configuration or any other start-up problem (an unreachable or malformed
// database, a port in use) ends it with one line per problem and exit code 2, before anything is touched where it can
// be. Hosted by a test host, the exception goes to the host.
var standalone = Assembly.GetEntryAssembly() == typeof(Program).Assembly;
var verb = CommandLine.Verb(args);
if (verb == "--version")
{
    Console.WriteLine(CommandLine.Version);
    return 0;
}

if (verb is "--help" or "-h")
{
    Console.WriteLine(CommandLine.Help);
    return 0;
}

try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = verb is null ? args : args[1..],
        // Runs from any working directory: appsettings, partner-config.json and relative paths resolve against the app.
        ContentRootPath = AppDirectory.ContentRoot(args),
    });
    // No other console formatter can be chosen: it would bypass the redaction and escaping of Logging/SafeConsoleFormatter.cs.
    var json = builder.Configuration["Logging:Console:FormatterName"] == SafeJsonConsoleFormatter.FormatterName;
    builder.Logging.AddConsole(o => o.FormatterName = json ? SafeJsonConsoleFormatter.FormatterName : SafeConsoleFormatter.FormatterName)
        .AddConsoleFormatter<SafeConsoleFormatter, Microsoft.Extensions.Logging.Console.ConsoleFormatterOptions>()
        .AddConsoleFormatter<SafeJsonConsoleFormatter, Microsoft.Extensions.Logging.Console.ConsoleFormatterOptions>();
    if (CommandLine.RunsOnce(verb))
    {
        // The report is the output: logs go to stderr.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    builder.Services.AddApplication(builder.Configuration);
    builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
    builder.Services.AddWebApi(builder.Configuration);
    builder.Services.AddPartnerTelemetry(builder.Configuration);
    builder.Services.AddSingleton(new Partner.Application.Operations.Readiness.ReadinessMode(ReadOnly: verb == CommandLine.Check));

    var app = builder.Build();

    // Every setting checked at once (ValidateOnStart), before the database is created or migrated.
    app.Services.GetRequiredService<IStartupValidator>().Validate();
    if (verb == CommandLine.Check)
    {
        // Changes nothing: no migration, no seed, no write.
        return await ReadinessCommand.RunAsync(app.Services, Console.Out);
    }

    app.Services.WarnAboutDeployment();
    if (verb == CommandLine.Migrate)
    {
        await app.Services.MigrateDatabaseAsync();
        Console.WriteLine("The database is up to date.");
        return 0;
    }

    await app.Services.InitialiseDatabaseAsync();
    if (verb == CommandLine.RotateKeys)
    {
        return await KeyRotationCommand.RunAsync(app.Services, Console.Out, Console.Error);
    }

    // Builds and validates the AutoMapper configuration now rather than at the first admin call.
    app.Services.GetRequiredService<AutoMapper.IMapper>();

    if (app.Configuration.GetValue<bool>($"{ForwardedHeadersSettings.Section}:{nameof(ForwardedHeadersSettings.Enabled)}"))
    {
        app.UseForwardedHeaders();
    }

    app.UseExceptionHandler();
    app.UseStatusCodePages(context => context.HttpContext.RequestServices.GetRequiredService<ErrorResponses>()
        .WriteForStatusAsync(context.HttpContext, context.HttpContext.Response.StatusCode));
    app.UseMiddleware<RequestBodyLimitMiddleware>();
    app.UseMiddleware<RequestTextGuardMiddleware>();
    app.UseRateLimiter();

    if (app.Configuration.GetValue(OpenApiSettings.EnabledKey, true))
    {
        app.UseOpenApi();
        app.UseSwaggerUi();
    }

    app.UseAuthentication();
    app.UseAuthorization();

    app.MapControllers();
    app.MapPartnerMetrics();
    // Readiness: the database answers and takes a write (docs/operations.md, "Health checks"). /health is the same report.
    var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready) };
    app.MapHealthChecks("/health", ready);
    app.MapHealthChecks("/health/ready", ready);
    // Liveness without the database: the process answers HTTP (also the benchmark's baseline endpoint).
    app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });

    app.Logger.LogInformation("{Version} starting", CommandLine.Version);
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (standalone)
{
    var errors = ConfigurationErrors.Of(ex);
    foreach (var error in errors.Count > 0 ? errors : [StartupProblems.Describe(ex)])
    {
        Console.Error.WriteLine($"{(errors.Count > 0 ? "Configuration error" : "Start-up failed")}: {error}");
    }

    Console.Error.WriteLine(errors.Count > 0
        ? $"The service did not start: {errors.Count} configuration error(s). See README \"Configuration\"."
        : "The service did not start. See docs/operations.md \"Start-up problems\".");
    return 2;
}

/// <summary>Entry point; public for WebApplicationFactory.</summary>
public partial class Program;
