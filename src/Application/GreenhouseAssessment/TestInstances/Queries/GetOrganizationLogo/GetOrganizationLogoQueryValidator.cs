namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetOrganizationLogo;

public sealed class GetOrganizationLogoQueryValidator : AbstractValidator<GetOrganizationLogoQuery>
{
    public GetOrganizationLogoQueryValidator() => RuleFor(q => q.Hash).NotEmpty().Length(16).Matches("^[0-9a-f]+$");
}
