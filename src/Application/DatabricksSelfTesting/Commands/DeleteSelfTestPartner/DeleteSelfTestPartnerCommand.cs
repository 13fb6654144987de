namespace Partner.Application.DatabricksSelfTesting.Commands.DeleteSelfTestPartner;

public sealed record DeleteSelfTestPartnerCommand : IRequest<DeleteSelfTestPartnerResult>;
