namespace Partner.Application.DatabricksPartnerConnect.OAuth.Commands.StartAuthorization;

/// <summary>
/// The browser keeps the binding until the callback under a name of its own (<see cref="OAuthValues.BindingName"/>), so
/// that authorizations in two tabs do not overwrite each other.
/// </summary>
public sealed record StartAuthorizationResult(string AuthorizeUrl, string BindingName, string BrowserBinding, TimeSpan Lifetime)
{
    public override string ToString() => "StartAuthorizationResult { *** }";
}
