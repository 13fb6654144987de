namespace Partner.Application.DatabricksPartnerConnect.Landing;

public sealed class LandingOptionsValidator : AbstractValidator<LandingOptions>
{
    public const int MinimumSecretLength = 32;

    public LandingOptionsValidator()
    {
        RuleFor(o => o.PurchaseUrl).Must(HttpUrl.IsAbsolute).When(o => !string.IsNullOrWhiteSpace(o.PurchaseUrl))
            .WithMessage("Landing:PurchaseUrl must be an absolute http(s) URL.");
        RuleFor(o => o.ContactEmail).EmailAddress().When(o => !string.IsNullOrWhiteSpace(o.ContactEmail))
            .WithMessage("Landing:ContactEmail must be an e-mail address.");
        RuleFor(o => o.HandOffUrl).Must(HttpUrl.IsAbsolute).When(o => !string.IsNullOrWhiteSpace(o.HandOffUrl))
            .WithMessage("Landing:HandOffUrl must be an absolute http(s) URL.");
        RuleFor(o => o.HandOffSecret).Must(s => s is { Length: >= MinimumSecretLength }).When(o => !string.IsNullOrWhiteSpace(o.HandOffUrl))
            .WithMessage($"Landing:HandOffSecret is required with Landing:HandOffUrl, at least {MinimumSecretLength} characters.");
        RuleFor(o => o.HandOffLifetime).InclusiveBetween(TimeSpan.FromSeconds(10), TimeSpan.FromHours(1))
            .WithMessage("Landing:HandOffLifetime must be between 00:00:10 and 01:00:00.");
    }
}
