namespace Partner.Application.DatabricksSelfTesting.Queries.GetSelfTestPartners;

/// <summary>The self-testing partners the workspace reports. It takes no input, so there is nothing to validate here.</summary>
public sealed record GetSelfTestPartnersQuery : IRequest<GetSelfTestPartnersResult>;
