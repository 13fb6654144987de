namespace Partner.Application.DatabricksPartnerConnect.OAuth.Commands.CompleteAuthorization;

/// <summary>How a callback ended.</summary>
public enum AuthorizationOutcome
{
    Authorized,

    /// <summary>The user did not allow the app (error=access_denied), or Databricks sent another error.</summary>
    Declined,

    /// <summary>No state, or one this service did not start (or has forgotten since it expired).</summary>
    UnknownState,

    Expired,

    /// <summary>The state was used already: a callback can complete an authorization once.</summary>
    Replayed,

    /// <summary>The browser does not hold the binding of the browser that started the authorization.</summary>
    OtherBrowser,

    /// <summary>The connection was deleted meanwhile.</summary>
    ConnectionGone,

    /// <summary>The workspace is off the outbound allow-list.</summary>
    NotAllowed,

    /// <summary>The token endpoint answered with an error, or without a refresh token.</summary>
    TokenRefused,

    /// <summary>The token endpoint did not answer (in time).</summary>
    TokenUnavailable,
}
