using System.Reflection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Partner.Application;
using Partner.Infrastructure;
using Partner.Infrastructure.Persistence;
using Partner.Infrastructure.Persistence.Health;
using Partner.WebApi;
using Partner.WebApi.Errors;
using Partner.WebApi.Logging;
using Partner.WebApi.Readiness;
using Partner.WebApi.Security;
using Partner.WebApi.Startup;
using Partner.WebApi.Telemetry;

// As the process's own entry point, an invalid configuration ends it with every problem on one line each and exit code
// 2, before anything is touched (no database created). Hosted by a test host, the exception goes to the host.
var standalone = Assembly.GetEntryAssembly() == typeof(Program).Assembly;
try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = args,
        // Runs from any working directory: appsettings, partner-config.json and relative paths resolve against the app.
        ContentRootPath = AppDirectory.ContentRoot(args),
    });
    // Console logs redact URL-borne tokens and escape control characters, at every level (Logging/SafeConsoleFormatter.cs);
    // partner-json writes the same as JSON lines. No other formatter can be chosen: it would bypass both.
    var json = builder.Configuration["Logging:Console:FormatterName"] == SafeJsonConsoleFormatter.FormatterName;
    builder.Logging.AddConsole(o => o.FormatterName = json ? SafeJsonConsoleFormatter.FormatterName : SafeConsoleFormatter.FormatterName)
        .AddConsoleFormatter<SafeConsoleFormatter, Microsoft.Extensions.Logging.Console.ConsoleFormatterOptions>()
        .AddConsoleFormatter<SafeJsonConsoleFormatter, Microsoft.Extensions.Logging.Console.ConsoleFormatterOptions>();
    if (ReadinessCommand.IsRequested(args) || KeyRotationCommand.IsRequested(args))
    {
        // The report is the output: logs go to stderr.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    builder.Services.AddApplication(builder.Configuration);
    builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
    builder.Services.AddWebApi(builder.Configuration, builder.Environment);
    builder.Services.AddPartnerTelemetry(builder.Configuration);

    var app = builder.Build();

    // Every setting checked at once (ValidateOnStart), before the database is created or migrated.
    app.Services.GetRequiredService<IStartupValidator>().Validate();
    app.Services.WarnAboutDeployment();

    await app.Services.InitialiseDatabaseAsync();
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

    app.UseOpenApi();
    app.UseSwaggerUi();

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

    if (ReadinessCommand.IsRequested(args))
    {
        return await ReadinessCommand.RunAsync(app.Services, Console.Out);
    }

    if (KeyRotationCommand.IsRequested(args))
    {
        return await KeyRotationCommand.RunAsync(app.Services, Console.Out, Console.Error);
    }

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (standalone && ConfigurationErrors.Of(ex) is { Count: > 0 } errors)
{
    foreach (var error in errors)
    {
        Console.Error.WriteLine($"Configuration error: {error}");
    }

    Console.Error.WriteLine($"The service did not start: {errors.Count} configuration error(s). See README \"Configuration\".");
    return 2;
}

/// <summary>Entry point; public for WebApplicationFactory.</summary>
public partial class Program;
