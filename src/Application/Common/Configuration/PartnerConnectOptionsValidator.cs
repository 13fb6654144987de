namespace Partner.Application.Common.Configuration;

/// <summary>Checks the PartnerConnect section at start; messages name the configuration key.</summary>
public sealed class PartnerConnectOptionsValidator : AbstractValidator<PartnerConnectOptions>
{
    public PartnerConnectOptionsValidator()
    {
        RuleForEach(o => o.Credentials).ChildRules(c =>
        {
            c.RuleFor(x => x.Username).NotEmpty().Must(u => !u.Contains(':', StringComparison.Ordinal))
                .WithMessage("PartnerConnect:Credentials:N:Username must be non-empty and contain no ':'.");
            c.RuleFor(x => x.Password).NotEmpty().WithMessage("PartnerConnect:Credentials:N:Password must be non-empty.");
        });
        RuleFor(o => o.ConnectorsPageSize).InclusiveBetween(1, 1000)
            .WithMessage("PartnerConnect:ConnectorsPageSize must be between 1 and 1000.");
        RuleFor(o => o.RedirectTokenLifetime).GreaterThan(TimeSpan.Zero)
            .WithMessage("PartnerConnect:RedirectTokenLifetime must be positive.");
        RuleForEach(o => o.Connectors).ChildRules(c =>
        {
            c.RuleFor(x => x.Identifier).NotEmpty().WithMessage("PartnerConnect:Connectors:N:Identifier is required.");
            c.RuleFor(x => x.Name).NotEmpty().WithMessage("PartnerConnect:Connectors:N:Name is required.");
            c.RuleFor(x => x.Type).Must(t => t is "source" or "target")
                .WithMessage("PartnerConnect:Connectors:N:Type must be source or target.");
        });
    }
}
