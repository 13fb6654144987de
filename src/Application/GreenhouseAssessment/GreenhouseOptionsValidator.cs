using Partner.Application.Common.Outbound;

namespace Partner.Application.GreenhouseAssessment;

/// <summary>Checks the Greenhouse section at start; messages name the configuration key.</summary>
public sealed class GreenhouseOptionsValidator : AbstractValidator<GreenhouseOptions>
{
    public GreenhouseOptionsValidator()
    {
        RuleFor(o => o.AssessmentUrl).Must(HttpUrl.IsAbsolute).When(o => !string.IsNullOrWhiteSpace(o.AssessmentUrl))
            .WithMessage("Greenhouse:AssessmentUrl must be an absolute http(s) URL.");
        RuleFor(o => o.CallbackHosts).Must(hosts => hosts.All(HostAllowList.IsValidPattern))
            .WithMessage("Greenhouse:CallbackHosts:N must each be a host name, *.domain or *.");
        RuleFor(o => o.SendQuota).Must(q => q.Limit > 0 && q.Window > TimeSpan.Zero)
            .WithMessage("Greenhouse:SendQuota:Limit and :Window must be positive.");
        RuleFor(o => o.ProductName).Must(n => !string.IsNullOrWhiteSpace(n) && n.Length <= 100 && GreenhouseRules.HasNoControlCharacters(n))
            .WithMessage("Greenhouse:ProductName must be 1 to 100 characters on one line.");
    }
}
