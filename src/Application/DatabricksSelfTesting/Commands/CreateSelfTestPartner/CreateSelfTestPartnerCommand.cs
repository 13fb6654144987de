namespace Partner.Application.DatabricksSelfTesting.Commands.CreateSelfTestPartner;

/// <summary>
/// Registers the self-testing partner tile in the partner's own workspace, built from the running PartnerConfig, and
/// stores the Authorization header Databricks must send. Everything comes from configuration, so there is nothing to validate here.
/// </summary>
public sealed record CreateSelfTestPartnerCommand : IRequest<CreateSelfTestPartnerResult>;
