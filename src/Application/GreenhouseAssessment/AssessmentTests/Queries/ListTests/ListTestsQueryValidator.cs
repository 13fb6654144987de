namespace Partner.Application.GreenhouseAssessment.AssessmentTests.Queries.ListTests;

public sealed class ListTestsQueryValidator : AbstractValidator<ListTestsQuery>
{
    public ListTestsQueryValidator() => RuleFor(q => q.OrganizationId).NotEmpty();
}
