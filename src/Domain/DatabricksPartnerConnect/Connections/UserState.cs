namespace Partner.Domain.DatabricksPartnerConnect.Connections;

/// <summary>What the user the e-mail names looks like to the partner.</summary>
public enum UserState
{
    None,
    Existing,
    /// <summary>The user's own trial expired (trial_type user).</summary>
    Expired,
}
