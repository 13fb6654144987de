namespace Partner.Application.DatabricksPartnerConnect.OAuth;

/// <summary>A customer workspace's {origin}/oidc/v1/token, reached through the outbound URL policy.</summary>
public interface IDatabricksOAuthClient
{
    /// <summary>OAuth M2M: client_credentials with the service principal as the client.</summary>
    Task<OAuthTokenAnswer> ClientCredentialsAsync(Uri workspaceOrigin, string clientId, string clientSecret, CancellationToken cancellationToken);

    /// <summary>OAuth U2M: a new access token (and perhaps a rotated refresh token) for a refresh token.</summary>
    Task<OAuthTokenAnswer> RefreshAsync(Uri workspaceOrigin, string clientId, string refreshToken, CancellationToken cancellationToken);

    /// <summary>OAuth U2M: the authorization code redeemed with its PKCE verifier.</summary>
    Task<OAuthTokenAnswer> RedeemCodeAsync(Uri workspaceOrigin, string clientId, string code, string redirectUri, string codeVerifier,
        CancellationToken cancellationToken);
}
