namespace Partner.Domain.DatabricksPartnerConnect.Connections;

/// <summary>PartnerConfig new_user_action: what happens when a user new to the partner signs in on an existing account.</summary>
public enum NewUserAction
{
    AutoAdd,
    Invite,
    NotFound,
    Error,
}
