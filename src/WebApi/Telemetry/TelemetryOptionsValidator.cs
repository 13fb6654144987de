using FluentValidation;

namespace Partner.WebApi.Telemetry;

/// <summary>Checks the Telemetry section at start; messages name the configuration key.</summary>
public sealed class TelemetryOptionsValidator : AbstractValidator<TelemetryOptions>
{
    public TelemetryOptionsValidator()
    {
        RuleFor(o => o.OtlpEndpoint).Must(e => Uri.TryCreate(e, UriKind.Absolute, out _)).When(o => !string.IsNullOrWhiteSpace(o.OtlpEndpoint))
            .WithMessage("Telemetry:OtlpEndpoint must be an absolute URL, e.g. http://otel-collector:4317.");
    }
}
