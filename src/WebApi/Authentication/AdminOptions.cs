namespace Partner.WebApi.Authentication;

/// <summary>A key of <see cref="ApiKeys"/> may call everything, a scoped key what its scopes name; with none configured every admin call is 401.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public List<string> ApiKeys { get; set; } = [];

    public List<ScopedAdminKey> ScopedKeys { get; set; } = [];
}

public sealed class ScopedAdminKey
{
    public string Key { get; set; } = string.Empty;

    /// <summary>Comma-separated, e.g. "metrics" or "tokens,read".</summary>
    public string Scopes { get; set; } = string.Empty;

    public IReadOnlyList<string> ScopeList => Scopes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"ScopedAdminKey {{ Scopes = {Scopes} }}";
}
