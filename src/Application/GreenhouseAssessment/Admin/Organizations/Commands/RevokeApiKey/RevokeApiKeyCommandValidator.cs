namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.RevokeApiKey;

public sealed class RevokeApiKeyCommandValidator : AbstractValidator<RevokeApiKeyCommand>
{
    public RevokeApiKeyCommandValidator()
    {
        RuleFor(c => c.OrganizationId).NotEmpty().OverridePropertyName("id");
        this.RuleForField(c => c.KeyId).NotEmpty();
    }
}
