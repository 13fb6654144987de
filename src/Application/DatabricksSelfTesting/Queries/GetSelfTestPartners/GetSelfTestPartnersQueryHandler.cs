namespace Partner.Application.DatabricksSelfTesting.Queries.GetSelfTestPartners;

public sealed class GetSelfTestPartnersQueryHandler(IDatabricksWorkspaceClient workspace)
    : IRequestHandler<GetSelfTestPartnersQuery, GetSelfTestPartnersResult>
{
    public async Task<GetSelfTestPartnersResult> Handle(GetSelfTestPartnersQuery request, CancellationToken cancellationToken)
        => new(await workspace.GetSelfTestPartnersAsync(cancellationToken));
}
