namespace Partner.Application.Admin.ResponseErrors.Queries.ListResponseErrors;

public sealed class ListResponseErrorsQueryValidator : AbstractValidator<ListResponseErrorsQuery>
{
    public ListResponseErrorsQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).OverridePropertyName("page");
        RuleFor(q => q.PageSize).InclusiveBetween(1, 500).OverridePropertyName("page_size");
    }
}
