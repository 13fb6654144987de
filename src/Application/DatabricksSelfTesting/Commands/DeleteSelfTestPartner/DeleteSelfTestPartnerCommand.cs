namespace Partner.Application.DatabricksSelfTesting.Commands.DeleteSelfTestPartner;

/// <summary>Deletes the workspace's self-testing partner. It takes no input, so there is nothing to validate here.</summary>
public sealed record DeleteSelfTestPartnerCommand : IRequest<DeleteSelfTestPartnerResult>;
