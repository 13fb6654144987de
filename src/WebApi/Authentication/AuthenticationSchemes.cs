namespace Partner.WebApi.Authentication;

public static class PartnerAuthenticationSchemes
{
    /// <summary>Databricks Partner Connect: HTTP Basic against PartnerConnect:Credentials.</summary>
    public const string DatabricksBasic = "DatabricksBasic";

    /// <summary>Greenhouse Assessment: HTTP Basic, an organization's API key as user name and an empty password.</summary>
    public const string GreenhouseBasic = "GreenhouseBasic";

    /// <summary>Operators: Bearer key from Admin:ApiKeys.</summary>
    public const string AdminBearer = "AdminBearer";
}
