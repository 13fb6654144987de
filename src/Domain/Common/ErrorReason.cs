namespace Partner.Domain.Common;

/// <summary>The error_reason values of the error envelope (contract: "Failure Responses").</summary>
public enum ErrorReason
{
    BadRequest,
    Unauthorized,
    AccountNotFound,
    ConnectionNotFound,
    /// <summary>A resource other than an account or connection (unknown route, Greenhouse test, admin id).</summary>
    NotFound,
    /// <summary>The request is well formed but conflicts with the current state.</summary>
    Conflict,
    TooManyRequests,
    GeneralError,
    /// <summary>A service we call (a Databricks workspace) refused the call or could not be reached.</summary>
    UpstreamError,
    /// <summary>An OAuth U2M connection nobody has authorized yet: a user must open the page the error names.</summary>
    AuthorizationRequired,
}
