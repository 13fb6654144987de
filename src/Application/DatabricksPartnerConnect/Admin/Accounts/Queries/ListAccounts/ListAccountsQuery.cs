using Partner.Application.Common.Models;

namespace Partner.Application.DatabricksPartnerConnect.Admin.Accounts.Queries.ListAccounts;

/// <summary>Operators' list of accounts, optionally for one domain.</summary>
public sealed record ListAccountsQuery(string? Domain, int Page = 1, int PageSize = 50) : IPagedQuery<AccountDto>;
