namespace Partner.Domain.DatabricksPartnerConnect.Connections;

/// <summary>PartnerConfig trial_type: whether expiring a trial expires one user or the whole account.</summary>
public enum TrialType
{
    Account,
    User,
}
