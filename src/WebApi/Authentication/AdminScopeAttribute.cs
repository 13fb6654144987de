namespace Partner.WebApi.Authentication;

/// <summary>The scope a scoped admin key needs for this endpoint (full keys need none).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
public sealed class AdminScopeAttribute(string scope) : Attribute
{
    public string Scope { get; } = scope;
}
