namespace Partner.WebApi.Telemetry;

/// <summary>The Telemetry section (docs/operations.md "Metrics and traces").</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Serves Prometheus text at /metrics (admin key required); false removes the endpoint.</summary>
    public bool PrometheusEnabled { get; set; } = true;

    /// <summary>An OTLP collector (e.g. http://otel-collector:4317): metrics and traces are exported there when set.</summary>
    public string? OtlpEndpoint { get; set; }
}
