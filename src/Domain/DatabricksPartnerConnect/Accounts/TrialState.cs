namespace Partner.Domain.DatabricksPartnerConnect.Accounts;

/// <summary>The stored state of a trial, for an account or (trial_type user) for one user.</summary>
public enum TrialState
{
    Active,
    Expired,
}
