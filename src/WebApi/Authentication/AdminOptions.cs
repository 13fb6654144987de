namespace Partner.WebApi.Authentication;

/// <summary>
/// The Admin section: Bearer keys for /admin/* and /metrics. A key of <see cref="ApiKeys"/> may call everything; a key of
/// <see cref="ScopedKeys"/> only what its scopes name. With none configured every admin call is 401.
/// </summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public List<string> ApiKeys { get; set; } = [];

    public List<ScopedAdminKey> ScopedKeys { get; set; } = [];
}

/// <summary>Admin:ScopedKeys:N: a key that can do only what its comma-separated <see cref="Scopes"/> name (<see cref="AdminScopes"/>).</summary>
public sealed class ScopedAdminKey
{
    public string Key { get; set; } = string.Empty;

    /// <summary>Comma-separated, e.g. "metrics" or "tokens,read".</summary>
    public string Scopes { get; set; } = string.Empty;

    public IReadOnlyList<string> ScopeList => Scopes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"ScopedAdminKey {{ Scopes = {Scopes} }}";
}

/// <summary>
/// What a scoped admin key may do. An endpoint names its scope with <see cref="AdminScopeAttribute"/>; <see cref="Read"/>
/// opens every GET under /admin.
/// </summary>
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

/// <summary>The scope a scoped admin key needs for this endpoint (full keys need none).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
public sealed class AdminScopeAttribute(string scope) : Attribute
{
    public string Scope { get; } = scope;
}
