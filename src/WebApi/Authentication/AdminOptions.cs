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
