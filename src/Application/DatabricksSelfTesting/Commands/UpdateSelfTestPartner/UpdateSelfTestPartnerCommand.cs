namespace Partner.Application.DatabricksSelfTesting.Commands.UpdateSelfTestPartner;

/// <summary>Built from the running PartnerConfig alone, so there is nothing to validate here.</summary>
public sealed record UpdateSelfTestPartnerCommand : IRequest<UpdateSelfTestPartnerResult>;
