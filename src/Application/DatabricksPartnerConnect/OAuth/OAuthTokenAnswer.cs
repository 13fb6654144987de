namespace Partner.Application.DatabricksPartnerConnect.OAuth;

/// <summary>The token endpoint's answer: <see cref="Tokens"/>, or the <see cref="Failure"/> that says why not.</summary>
public sealed record OAuthTokenAnswer(OAuthTokens? Tokens, OAuthFailure? Failure)
{
    public static OAuthTokenAnswer Of(OAuthTokens tokens) => new(tokens, null);

    public static OAuthTokenAnswer Failed(OAuthFailure failure) => new(null, failure);
}

/// <summary>Tokens Databricks granted. <see cref="ToString"/> leaves them out.</summary>
public sealed record OAuthTokens(string AccessToken, string? RefreshToken, TimeSpan ExpiresIn)
{
    public override string ToString() => $"OAuthTokens {{ ExpiresIn = {ExpiresIn}, RefreshToken = {(RefreshToken is null ? "(none)" : "***")} }}";
}

/// <summary>Why no token came back; <see cref="Description"/> never holds a secret or Databricks' free text.</summary>
/// <param name="Refused">Databricks answered, with an error (HTTP 4xx or 5xx).</param>
/// <param name="Status">Its HTTP status; null when it did not answer.</param>
/// <param name="Error">The OAuth error code it gave (invalid_grant, invalid_client, ...), when it looks like one.</param>
/// <param name="Description">What happened, for a page or an error message: "HTTP 400 invalid_grant", "no answer within 10 s".</param>
public sealed record OAuthFailure(bool Refused, int? Status, string? Error, string Description)
{
    /// <summary>RFC 6749: the grant (code or refresh token) is invalid, expired, revoked or was issued to another client.</summary>
    public bool IsInvalidGrant => Error == "invalid_grant";
}
