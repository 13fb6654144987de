namespace Partner.Domain.DatabricksPartnerConnect.Connections;

/// <summary>What the account the e-mail's domain names looks like to the partner.</summary>
public enum AccountState
{
    None,
    Active,
    Expired,
}
