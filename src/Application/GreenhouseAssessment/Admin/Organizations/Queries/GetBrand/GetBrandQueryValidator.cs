namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetBrand;

public sealed class GetBrandQueryValidator : AbstractValidator<GetBrandQuery>
{
    public GetBrandQueryValidator() => RuleFor(q => q.OrganizationId).NotEmpty().OverridePropertyName("id");
}
