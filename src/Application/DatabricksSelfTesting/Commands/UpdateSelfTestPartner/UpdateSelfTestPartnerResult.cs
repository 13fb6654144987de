namespace Partner.Application.DatabricksSelfTesting.Commands.UpdateSelfTestPartner;

/// <summary>The updated self-testing partner.</summary>
/// <param name="Id">Databricks' id of the self-testing partner.</param>
/// <param name="SecretScope">The secret scope holding the Authorization header Databricks sends us.</param>
/// <param name="SecretKey">The secret's key: the partner id.</param>
/// <param name="Partner">The partner object sent to Databricks.</param>
/// <param name="Notice">Databricks drops the existing connections of the self-testing partner on update.</param>
public sealed record UpdateSelfTestPartnerResult(string Id, string SecretScope, string SecretKey, SelfTestPartner Partner, string Notice);
