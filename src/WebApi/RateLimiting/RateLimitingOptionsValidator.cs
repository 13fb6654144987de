using FluentValidation;

namespace Partner.WebApi.RateLimiting;

/// <summary>Checks the RateLimiting section at start; messages name the configuration key.</summary>
public sealed class RateLimitingOptionsValidator : AbstractValidator<RateLimitingOptions>
{
    public RateLimitingOptionsValidator()
    {
        RuleFor(o => o.PermitLimit).GreaterThan(0).WithMessage("RateLimiting:PermitLimit must be positive.");
        RuleFor(o => o.Window).GreaterThan(TimeSpan.Zero).WithMessage("RateLimiting:Window must be positive.");
        RuleFor(o => o.LandingPerVisit).GreaterThan(0).WithMessage("RateLimiting:LandingPerVisit must be positive.");
        RuleFor(o => o.LandingPerAddress).GreaterThan(0).WithMessage("RateLimiting:LandingPerAddress must be positive.");
    }
}
