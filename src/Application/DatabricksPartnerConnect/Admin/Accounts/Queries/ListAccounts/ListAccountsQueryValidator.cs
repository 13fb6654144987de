using Partner.Application.Common.Validation;

namespace Partner.Application.DatabricksPartnerConnect.Admin.Accounts.Queries.ListAccounts;

public sealed class ListAccountsQueryValidator : AbstractValidator<ListAccountsQuery>
{
    public ListAccountsQueryValidator()
    {
        RuleFor(q => q.Domain).MaximumLength(255).OverridePropertyName("domain");
        this.ValidatePaging(q => q.Page, q => q.PageSize);
    }
}
