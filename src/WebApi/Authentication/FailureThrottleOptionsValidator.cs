using FluentValidation;

namespace Partner.WebApi.Authentication;

/// <summary>
/// Checks the Authentication:FailureThrottle section at start; messages name the configuration key. Without it a
/// MaxFailures of 0 refused every sign-in with 429, and a Window of zero or less turned the throttle off silently.
/// </summary>
public sealed class FailureThrottleOptionsValidator : AbstractValidator<FailureThrottleOptions>
{
    public FailureThrottleOptionsValidator()
    {
        RuleFor(o => o.FreeFailures).GreaterThanOrEqualTo(0).WithMessage("Authentication:FailureThrottle:FreeFailures must not be negative.");
        RuleFor(o => o.MaxFailures).GreaterThanOrEqualTo(1).WithMessage("Authentication:FailureThrottle:MaxFailures must be at least 1.");
        RuleFor(o => o.BaseDelay).GreaterThanOrEqualTo(TimeSpan.Zero).WithMessage("Authentication:FailureThrottle:BaseDelay must not be negative.");
        RuleFor(o => o.MaxDelay).GreaterThanOrEqualTo(TimeSpan.Zero).WithMessage("Authentication:FailureThrottle:MaxDelay must not be negative.");
        RuleFor(o => o.Window).GreaterThan(TimeSpan.Zero).WithMessage("Authentication:FailureThrottle:Window must be positive.");
    }
}
