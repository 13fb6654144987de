namespace Partner.Application.DatabricksSelfTesting.Queries.GetSelfTestPartners;

public sealed record GetSelfTestPartnersQuery : IRequest<GetSelfTestPartnersResult>;
