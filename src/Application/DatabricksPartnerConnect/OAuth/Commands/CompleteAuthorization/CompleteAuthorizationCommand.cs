namespace Partner.Application.DatabricksPartnerConnect.OAuth.Commands.CompleteAuthorization;

/// <summary><paramref name="BrowserBinding"/> is the cookie the browser kept since it started the authorization.</summary>
public sealed record CompleteAuthorizationCommand(string? State, string? Code, string? Error, string? BrowserBinding) : IRequest<CompleteAuthorizationResult>
{
    public override string ToString() => $"CompleteAuthorizationCommand {{ Error = {Error} }}";
}
