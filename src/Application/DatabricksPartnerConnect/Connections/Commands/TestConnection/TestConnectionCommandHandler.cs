using Partner.Application.Common.Interfaces;

namespace Partner.Application.DatabricksPartnerConnect.Connections.Commands.TestConnection;

public sealed class TestConnectionCommandHandler(
    IApplicationDbContext db, IWorkspaceProbe probe, OAuth.ConnectionAccessTokens accessTokens, Common.Metrics.PartnerMetrics metrics)
    : IRequestHandler<TestConnectionCommand, TestConnectionResult>
{
    public async Task<TestConnectionResult> Handle(TestConnectionCommand request, CancellationToken cancellationToken)
    {
        var connection = await db.Connections.AsNoTracking().FindLiveAsync(request, cancellationToken);
        var results = await probe.CheckAsync(connection, token => accessTokens.ForCheckAsync(connection, token), cancellationToken);
        metrics.TestConnection(results, "api");
        return new TestConnectionResult(results);
    }
}
