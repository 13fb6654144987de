namespace Partner.Domain.Users;

/// <summary>A user's databricks_user_id within one cloud provider.</summary>
public sealed record DatabricksIdentity(string CloudProvider, long DatabricksUserId);
