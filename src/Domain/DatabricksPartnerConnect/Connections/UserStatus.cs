namespace Partner.Domain.DatabricksPartnerConnect.Connections;

/// <summary>contract: user_status "new", "existing", "not_applicable".</summary>
public enum UserStatus
{
    New,
    Existing,
    NotApplicable,
}
