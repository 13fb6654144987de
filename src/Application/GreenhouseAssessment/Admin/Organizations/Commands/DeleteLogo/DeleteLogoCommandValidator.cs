namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.DeleteLogo;

public sealed class DeleteLogoCommandValidator : AbstractValidator<DeleteLogoCommand>
{
    public DeleteLogoCommandValidator() => RuleFor(c => c.OrganizationId).NotEmpty().OverridePropertyName("id");
}
