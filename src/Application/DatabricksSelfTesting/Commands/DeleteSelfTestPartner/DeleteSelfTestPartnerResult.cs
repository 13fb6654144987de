namespace Partner.Application.DatabricksSelfTesting.Commands.DeleteSelfTestPartner;

/// <summary>The deleted self-testing partner.</summary>
/// <param name="Id">Databricks' id of the deleted self-testing partner.</param>
/// <param name="Notice">Databricks drops the existing connections of the self-testing partner on delete.</param>
public sealed record DeleteSelfTestPartnerResult(string Id, string Notice);
