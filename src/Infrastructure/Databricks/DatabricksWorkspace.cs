namespace Partner.Infrastructure.Databricks;

/// <summary>The partner's own workspace: its base URL (ending in '/') and the token the self-testing partner API is called with.</summary>
public sealed record DatabricksWorkspace(Uri Host, string Token)
{
    public override string ToString() => $"DatabricksWorkspace {{ Host = {Host}, Token = *** }}";
}
