using FluentValidation;

namespace Partner.WebApi;

/// <summary>Checks the HttpLimits section at start; messages name the configuration key.</summary>
public sealed class HttpLimitsOptionsValidator : AbstractValidator<HttpLimitsOptions>
{
    public HttpLimitsOptionsValidator()
    {
        RuleFor(o => o.MaxRequestBodyBytes).GreaterThan(0).WithMessage("HttpLimits:MaxRequestBodyBytes must be positive.");
    }
}
