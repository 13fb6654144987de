using FluentValidation;

namespace Partner.Infrastructure.GreenhouseAssessment.Outbox;

/// <summary>Checks the Outbox section at start; messages name the configuration key.</summary>
public sealed class OutboxOptionsValidator : AbstractValidator<OutboxOptions>
{
    public OutboxOptionsValidator()
    {
        RuleFor(o => o.PollInterval).GreaterThan(TimeSpan.Zero).WithMessage("Outbox:PollInterval must be positive.");
        RuleFor(o => o.RetryBaseDelay).GreaterThan(TimeSpan.Zero).WithMessage("Outbox:RetryBaseDelay must be positive.");
        RuleFor(o => o.MaxAttempts).GreaterThanOrEqualTo(1).WithMessage("Outbox:MaxAttempts must be at least 1.");
        RuleFor(o => o.LeaseDuration).GreaterThan(TimeSpan.Zero).WithMessage("Outbox:LeaseDuration must be positive.");
        RuleFor(o => o.BatchSize).GreaterThanOrEqualTo(1).WithMessage("Outbox:BatchSize must be at least 1.");
        RuleFor(o => o.MaxConcurrency).InclusiveBetween(1, 256).WithMessage("Outbox:MaxConcurrency must be between 1 and 256.");
        RuleFor(o => o.DeliveryTimeout).Must((o, timeout) => timeout > TimeSpan.Zero && timeout < o.LeaseDuration)
            .WithMessage("Outbox:DeliveryTimeout must be positive and shorter than Outbox:LeaseDuration.");
    }
}
