namespace Partner.TestSupport;

/// <summary>A Greenhouse organization created through the admin API, with its first key (shown once, at creation).</summary>
public sealed record Tenant(Guid Id, string Name, string ApiKey, Guid ApiKeyId);
