namespace Partner.WebApi.Authentication;

public static class AdminScopes
{
    /// <summary>GET /metrics.</summary>
    public const string Metrics = "metrics";

    /// <summary>POST /admin/test-instances/{id}/status: the assessment product reports a test's status.</summary>
    public const string TestStatus = "test-status";

    /// <summary>POST /admin/connections/{id}/access-token: the partner's product asks for a connection's token.</summary>
    public const string Tokens = "tokens";

    /// <summary>Every GET /admin/*.</summary>
    public const string Read = "read";

    public static readonly string[] All = [Metrics, TestStatus, Tokens, Read];

    /// <summary>The claim type of a granted scope; a full key (Admin:ApiKeys) holds <see cref="Everything"/>.</summary>
    public const string ClaimType = "partner:admin-scope";

    public const string Everything = "*";

    /// <summary>The claim naming which configured key authenticated (Admin:ApiKeys:0, Admin:ScopedKeys:2), for audit logs.</summary>
    public const string KeyClaimType = "partner:admin-key";
}
