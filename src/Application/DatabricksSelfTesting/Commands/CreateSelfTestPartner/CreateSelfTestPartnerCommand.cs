namespace Partner.Application.DatabricksSelfTesting.Commands.CreateSelfTestPartner;

/// <summary>Built from the running PartnerConfig alone, so there is nothing to validate here.</summary>
public sealed record CreateSelfTestPartnerCommand : IRequest<CreateSelfTestPartnerResult>;
