namespace Partner.Application.GreenhouseAssessment.Admin.ResponseErrors.Queries.ListResponseErrors;

public sealed class ListResponseErrorsQueryValidator : AbstractValidator<ListResponseErrorsQuery>
{
    public ListResponseErrorsQueryValidator()
    {
        this.ValidatePaging();
    }
}
