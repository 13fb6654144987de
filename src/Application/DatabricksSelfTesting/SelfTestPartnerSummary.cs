namespace Partner.Application.DatabricksSelfTesting;

/// <summary>A self-testing partner as the workspace lists it.</summary>
/// <param name="Id">Databricks' id of the self-testing partner, e.g. 363E6E44B000020.</param>
/// <param name="Name">Its tile name.</param>
public sealed record SelfTestPartnerSummary(string Id, string Name);
