using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.SetLogo;

public sealed class SetLogoCommandValidator : AbstractValidator<SetLogoCommand>
{
    public SetLogoCommandValidator()
    {
        RuleFor(c => c.OrganizationId).NotEmpty().OverridePropertyName("id");
        RuleFor(c => c.Content).NotNull().Must(c => c.Length is > 0 and <= OrganizationLogo.MaxBytes).OverridePropertyName("logo")
            .WithMessage($"The logo must be 1 byte to {OrganizationLogo.MaxBytes / 1024} KiB.")
            .DependentRules(() => RuleFor(c => c.Content).Must(c => OrganizationLogo.DetectContentType(c) is not null).OverridePropertyName("logo")
                .WithMessage("The logo must be a PNG, JPEG or WebP image."));
    }
}
