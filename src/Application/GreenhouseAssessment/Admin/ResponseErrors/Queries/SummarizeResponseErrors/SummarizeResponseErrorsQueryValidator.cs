namespace Partner.Application.GreenhouseAssessment.Admin.ResponseErrors.Queries.SummarizeResponseErrors;

public sealed class SummarizeResponseErrorsQueryValidator : AbstractValidator<SummarizeResponseErrorsQuery>
{
    public SummarizeResponseErrorsQueryValidator() => RuleFor(q => q.OrganizationId).NotEqual(Guid.Empty).OverridePropertyName("organization_id");
}
