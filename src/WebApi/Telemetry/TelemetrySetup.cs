using Microsoft.AspNetCore.Authorization;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Metrics;
using Partner.WebApi.Authentication;

namespace Partner.WebApi.Telemetry;

/// <summary>OpenTelemetry: ASP.NET Core, HttpClient and EF Core instrumentation, the Partner meter, Prometheus and OTLP exporters.</summary>
public static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";

    public static IServiceCollection AddPartnerTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<TelemetryOptions, TelemetryOptionsValidator>(configuration, TelemetryOptions.Section);
        // Read now, as it decides the exporters; an endpoint that is not a URL stops the start with the other settings.
        var settings = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = Uri.TryCreate(settings.OtlpEndpoint, UriKind.Absolute, out var endpoint) ? endpoint : null;

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("partner"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddMeter(PartnerMetrics.MeterName);
                if (settings.PrometheusEnabled)
                {
                    metrics.AddPrometheusExporter();
                }

                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = otlp);
                }
            });
        if (otlp is not null)
        {
            // Traces only when they go somewhere: without an exporter every request and every EF command would still
            // build an Activity and its tags (~8% of a test_status's CPU) for nobody (docs/performance.md).
            services.AddOpenTelemetry().WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter(o => o.Endpoint = otlp));
        }

        return services;
    }

    public static bool PrometheusEnabled(IConfiguration configuration) =>
        configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>()?.PrometheusEnabled ?? true;

    public static void MapPartnerMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (PrometheusEnabled(app.Configuration))
        {
            app.MapPrometheusScrapingEndpoint(MetricsPath)
                .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = PartnerAuthenticationSchemes.AdminBearer, Policy = AdminScopeRequirement.Policy })
                .WithMetadata(new AdminScopeAttribute(AdminScopes.Metrics));
        }
    }
}
