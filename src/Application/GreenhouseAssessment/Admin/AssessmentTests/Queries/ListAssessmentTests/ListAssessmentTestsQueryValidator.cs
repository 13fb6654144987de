namespace Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Queries.ListAssessmentTests;

public sealed class ListAssessmentTestsQueryValidator : AbstractValidator<ListAssessmentTestsQuery>
{
    public ListAssessmentTestsQueryValidator()
    {
        RuleFor(q => q.OrganizationId).NotEmpty().OverridePropertyName("id");
        this.ValidatePaging();
    }
}
