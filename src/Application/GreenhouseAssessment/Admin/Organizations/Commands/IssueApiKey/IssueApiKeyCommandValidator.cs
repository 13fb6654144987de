namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.IssueApiKey;

public sealed class IssueApiKeyCommandValidator : AbstractValidator<IssueApiKeyCommand>
{
    public IssueApiKeyCommandValidator() => RuleFor(c => c.OrganizationId).NotEmpty().OverridePropertyName("id");
}
