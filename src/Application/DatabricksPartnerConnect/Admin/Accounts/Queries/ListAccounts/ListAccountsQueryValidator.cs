using Partner.Domain.Common;

namespace Partner.Application.DatabricksPartnerConnect.Admin.Accounts.Queries.ListAccounts;

public sealed class ListAccountsQueryValidator : AbstractValidator<ListAccountsQuery>
{
    public ListAccountsQueryValidator()
    {
        this.RuleForField(q => q.Domain).MaximumLength(TextLimits.HostName);
        this.ValidatePaging();
    }
}
