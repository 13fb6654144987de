using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Landing;

/// <summary>The landing pages a redirect_uri points at (docs/databricks.md "Landing pages").</summary>
public static class LandingPaths
{
    public const string CreateTrial = "/create-trial";
    public const string SignIn = "/sign-in";
    public const string ContactYourAdmin = "/contact-your-admin";
    public const string PurchaseProduct = "/purchase-product";
    public const string OAuthCallback = "/oauth/callback";
    public const string OAuthAuthorize = "/oauth/authorize";

    public static string For(RedirectValue value) => value switch
    {
        RedirectValue.CreateTrial => CreateTrial,
        RedirectValue.PurchaseProduct => PurchaseProduct,
        RedirectValue.ContactAdmin => ContactYourAdmin,
        _ => SignIn,
    };

    /// <summary>Joins the PartnerConfig base_url and a path, keeping any path prefix of base_url.</summary>
    public static string Combine(string baseUrl, string path) => baseUrl.TrimEnd('/') + path;
}
