namespace Partner.Domain.DatabricksPartnerConnect.Connections;

/// <summary>
/// A started OAuth U2M authorization of one connection (docs/contracts/databricks-partner-connect.md, "OAuth U2M"):
/// the browser went to Databricks with <c>state</c> and a PKCE challenge, and the callback must come back with that state,
/// in the same browser, before <see cref="ExpiresAt"/>, once. Only hashes of the state and of the browser binding are
/// kept, and the PKCE verifier only as ciphertext.
/// </summary>
public sealed class OAuthAuthorization
{
    private OAuthAuthorization()
    {
        StateHash = BrowserBindingHash = ProtectedCodeVerifier = ClientId = RedirectUri = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ConnectionId { get; private set; }

    /// <summary>SHA-256 (hex) of the state sent to Databricks.</summary>
    public string StateHash { get; private set; }

    /// <summary>SHA-256 (hex) of the value the browser that started the authorization holds in a cookie.</summary>
    public string BrowserBindingHash { get; private set; }

    /// <summary>Ciphertext of the PKCE code_verifier.</summary>
    public string ProtectedCodeVerifier { get; private set; }

    /// <summary>The OAuth client the authorization was started for (per-workspace app or published app).</summary>
    public string ClientId { get; private set; }

    /// <summary>The redirect_uri sent to the authorize endpoint; the code is redeemed with the same one.</summary>
    public string RedirectUri { get; private set; }

    /// <summary>The landing page the authorization was started from, to send the user back to it.</summary>
    public RedirectValue ReturnPage { get; private set; }

    public Guid AccountId { get; private set; }

    public Guid? UserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When the callback consumed the state; a second callback with it is a replay.</summary>
    public DateTimeOffset? UsedAt { get; private set; }

    public static OAuthAuthorization Start(Guid connectionId, string stateHash, string browserBindingHash, string protectedCodeVerifier,
        string clientId, string redirectUri, RedirectValue returnPage, Guid accountId, Guid? userId, DateTimeOffset now, TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(now),
        ConnectionId = connectionId,
        StateHash = stateHash,
        BrowserBindingHash = browserBindingHash,
        ProtectedCodeVerifier = protectedCodeVerifier,
        ClientId = clientId,
        RedirectUri = redirectUri,
        ReturnPage = returnPage,
        AccountId = accountId,
        UserId = userId,
        CreatedAt = now,
        ExpiresAt = now + lifetime,
    };

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;
}
