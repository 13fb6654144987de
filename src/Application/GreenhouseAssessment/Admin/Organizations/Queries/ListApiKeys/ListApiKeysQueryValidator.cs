namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.ListApiKeys;

public sealed class ListApiKeysQueryValidator : AbstractValidator<ListApiKeysQuery>
{
    public ListApiKeysQueryValidator()
    {
        RuleFor(q => q.OrganizationId).NotEmpty().OverridePropertyName("id");
        this.ValidatePaging();
    }
}
