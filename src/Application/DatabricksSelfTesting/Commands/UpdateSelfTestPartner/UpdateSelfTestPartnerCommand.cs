namespace Partner.Application.DatabricksSelfTesting.Commands.UpdateSelfTestPartner;

/// <summary>
/// Sends the running PartnerConfig to the workspace's self-testing partner and stores its Authorization header again.
/// Everything comes from configuration, so there is nothing to validate here.
/// </summary>
public sealed record UpdateSelfTestPartnerCommand : IRequest<UpdateSelfTestPartnerResult>;
