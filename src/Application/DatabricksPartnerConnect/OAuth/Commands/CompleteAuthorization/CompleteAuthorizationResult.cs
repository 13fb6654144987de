namespace Partner.Application.DatabricksPartnerConnect.OAuth.Commands.CompleteAuthorization;

/// <summary>What the callback page says: what happened, what to do next, and where the user's account page is.</summary>
public sealed record CompleteAuthorizationResult(AuthorizationOutcome Outcome, string Message, string? ReturnUrl)
{
    public bool Authorized => Outcome == AuthorizationOutcome.Authorized;
}
