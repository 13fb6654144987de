namespace Partner.Domain.DatabricksPartnerConnect.Connections;

/// <summary>The clouds a Databricks workspace runs on, by the names the contracts and the PartnerConfig file use.</summary>
public static class CloudProvider
{
    public const string Aws = "aws";
    public const string Azure = "azure";
    public const string Gcp = "gcp";

    public static IReadOnlyList<string> All { get; } = [Aws, Azure, Gcp];

    public static bool IsKnown(string? name) => name is Aws or Azure or Gcp;
}
