using FluentValidation;

namespace Partner.Infrastructure.Persistence.Health;

/// <summary>Checks the Health section at start; messages name the configuration key.</summary>
public sealed class HealthOptionsValidator : AbstractValidator<HealthOptions>
{
    public HealthOptionsValidator()
    {
        RuleFor(o => o.WriteProbeCacheDuration).GreaterThanOrEqualTo(TimeSpan.Zero).WithMessage("Health:WriteProbeCacheDuration must not be negative.");
        RuleFor(o => o.WriteProbeTimeout).GreaterThan(TimeSpan.Zero).WithMessage("Health:WriteProbeTimeout must be positive.");
    }
}
