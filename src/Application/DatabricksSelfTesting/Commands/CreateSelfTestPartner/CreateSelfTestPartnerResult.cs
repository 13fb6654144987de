namespace Partner.Application.DatabricksSelfTesting.Commands.CreateSelfTestPartner;

/// <summary>The created self-testing partner.</summary>
/// <param name="Id">Databricks' id of the self-testing partner.</param>
/// <param name="SecretScope">The secret scope holding the Authorization header Databricks sends us.</param>
/// <param name="SecretKey">The secret's key: the partner id.</param>
/// <param name="Partner">The partner object sent to Databricks.</param>
public sealed record CreateSelfTestPartnerResult(string Id, string SecretScope, string SecretKey, SelfTestPartner Partner);
