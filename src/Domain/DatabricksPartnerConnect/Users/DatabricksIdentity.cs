namespace Partner.Domain.DatabricksPartnerConnect.Users;

/// <summary>A user's databricks_user_id within one cloud provider.</summary>
public sealed record DatabricksIdentity(string CloudProvider, long DatabricksUserId)
{
    public long DatabricksUserId { get; private set; } = DatabricksUserId;

    /// <summary>Changed in place (one row updated), so concurrent sign-ins never delete a row another just wrote.</summary>
    internal void ChangeTo(long databricksUserId) => DatabricksUserId = databricksUserId;
}
