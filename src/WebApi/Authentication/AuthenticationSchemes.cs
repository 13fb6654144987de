namespace Partner.WebApi.Authentication;

public static class PartnerAuthenticationSchemes
{
    /// <summary>Databricks Partner Connect: HTTP Basic against PartnerConnect:Credentials.</summary>
    public const string DatabricksBasic = "DatabricksBasic";

    public const string GreenhouseBasic = "GreenhouseBasic";

    public const string AdminBearer = "AdminBearer";
}
