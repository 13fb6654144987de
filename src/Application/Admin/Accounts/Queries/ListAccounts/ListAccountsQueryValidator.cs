namespace Partner.Application.Admin.Accounts.Queries.ListAccounts;

public sealed class ListAccountsQueryValidator : AbstractValidator<ListAccountsQuery>
{
    public ListAccountsQueryValidator()
    {
        RuleFor(q => q.Domain).MaximumLength(255).OverridePropertyName("domain");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).OverridePropertyName("page");
        RuleFor(q => q.PageSize).InclusiveBetween(1, 500).OverridePropertyName("page_size");
    }
}
