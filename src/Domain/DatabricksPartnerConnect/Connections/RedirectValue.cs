namespace Partner.Domain.DatabricksPartnerConnect.Connections;

/// <summary>contract: redirect_value "create_trial", "purchase_product", "sign_in", "contact_admin", "not_applicable".</summary>
public enum RedirectValue
{
    CreateTrial,
    PurchaseProduct,
    SignIn,
    ContactAdmin,
    NotApplicable,
}
