namespace Partner.WebApi.Authentication;

public static class PartnerAuthenticationSchemes
{
    /// <summary>Databricks Partner Connect: HTTP Basic against PartnerConnect:Credentials.</summary>
    public const string DatabricksBasic = "DatabricksBasic";

    /// <summary>Operators: Bearer key from Admin:ApiKeys.</summary>
    public const string AdminBearer = "AdminBearer";
}
