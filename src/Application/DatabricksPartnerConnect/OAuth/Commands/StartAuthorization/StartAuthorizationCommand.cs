using Partner.Application.Common.Behaviours;

namespace Partner.Application.DatabricksPartnerConnect.OAuth.Commands.StartAuthorization;

/// <summary>
/// A landing page's "Authorize Databricks": starts the OAuth U2M authorization of one connection of the visit's workspace.
/// <paramref name="Token"/> is the landing page's token.
/// </summary>
public sealed record StartAuthorizationCommand(string? Token, Guid ConnectionId) : IRequest<StartAuthorizationResult>, IRetriedOnWriteConflict;

/// <summary>
/// Where the browser goes (Databricks' authorize endpoint) and the value it must keep until the callback, under a name
/// of its own (<see cref="OAuthValues.BindingName"/>) so that authorizations in two tabs do not overwrite each other.
/// <see cref="ToString"/> hides them.
/// </summary>
public sealed record StartAuthorizationResult(string AuthorizeUrl, string BindingName, string BrowserBinding, TimeSpan Lifetime)
{
    public override string ToString() => "StartAuthorizationResult { *** }";
}
