namespace Partner.Application.DatabricksPartnerConnect.OAuth.Commands.StartAuthorization;

/// <summary>The binding's own cookie name (<see cref="OAuthValues.BindingName"/>) keeps authorizations in two tabs from overwriting each other.</summary>
public sealed record StartAuthorizationResult(string AuthorizeUrl, string BindingName, string BrowserBinding, TimeSpan Lifetime)
{
    public override string ToString() => "StartAuthorizationResult { *** }";
}
