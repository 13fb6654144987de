namespace Partner.Domain.DatabricksPartnerConnect.Accounts;

/// <summary>contract: account_status "new", "active", "expired", "not_applicable".</summary>
public enum AccountStatus
{
    New,
    Active,
    Expired,
    NotApplicable,
}
