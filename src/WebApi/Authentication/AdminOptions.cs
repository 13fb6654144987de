namespace Partner.WebApi.Authentication;

/// <summary>The Admin section: Bearer keys for /admin/*. With none configured every admin call is 401.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public List<string> ApiKeys { get; set; } = [];
}
