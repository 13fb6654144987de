namespace Partner.Application.DatabricksPartnerConnect.OAuth.Commands.StartAuthorization;

/// <summary>
/// Where the browser goes (Databricks' authorize endpoint) and the value it must keep until the callback, under a name
/// of its own (<see cref="OAuthValues.BindingName"/>) so that authorizations in two tabs do not overwrite each other.
/// <see cref="ToString"/> hides them.
/// </summary>
public sealed record StartAuthorizationResult(string AuthorizeUrl, string BindingName, string BrowserBinding, TimeSpan Lifetime)
{
    public override string ToString() => "StartAuthorizationResult { *** }";
}
