using Microsoft.AspNetCore.Authorization;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Partner.Application.Common.Metrics;
using Partner.WebApi.Authentication;

namespace Partner.WebApi.Telemetry;

public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Serves Prometheus text at /metrics (admin key required); false removes the endpoint.</summary>
    public bool PrometheusEnabled { get; set; } = true;

    /// <summary>An OTLP collector (e.g. http://otel-collector:4317): metrics and traces are exported there when set.</summary>
    public string? OtlpEndpoint { get; set; }
}

public static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";

    public static IServiceCollection AddPartnerTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = Uri.TryCreate(settings.OtlpEndpoint, UriKind.Absolute, out var endpoint) ? endpoint : null;
        if (!string.IsNullOrWhiteSpace(settings.OtlpEndpoint) && otlp is null)
        {
            throw new Microsoft.Extensions.Options.OptionsValidationException(TelemetryOptions.Section, typeof(TelemetryOptions),
                ["Telemetry:OtlpEndpoint must be an absolute URL, e.g. http://otel-collector:4317."]);
        }

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
