namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.ListOrganizations;

public sealed class ListOrganizationsQueryValidator : AbstractValidator<ListOrganizationsQuery>
{
    public ListOrganizationsQueryValidator() => this.ValidatePaging();
}
