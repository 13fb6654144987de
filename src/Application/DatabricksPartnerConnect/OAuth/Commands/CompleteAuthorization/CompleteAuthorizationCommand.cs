namespace Partner.Application.DatabricksPartnerConnect.OAuth.Commands.CompleteAuthorization;

/// <summary>
/// Databricks' redirect back to /oauth/callback: <paramref name="Code"/> and <paramref name="State"/>, or
/// <paramref name="Error"/> (access_denied, ...). <paramref name="BrowserBinding"/> is the cookie the browser kept since it
/// started the authorization. <see cref="ToString"/> hides the code, the state and the binding.
/// </summary>
public sealed record CompleteAuthorizationCommand(string? State, string? Code, string? Error, string? BrowserBinding) : IRequest<CompleteAuthorizationResult>
{
    public override string ToString() => $"CompleteAuthorizationCommand {{ Error = {Error} }}";
}
