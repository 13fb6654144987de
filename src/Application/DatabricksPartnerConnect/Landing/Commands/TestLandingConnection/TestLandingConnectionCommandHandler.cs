using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Application.DatabricksPartnerConnect.Connections.Commands.TestConnection;
using Partner.Application.DatabricksPartnerConnect.Interfaces;
using Partner.Domain.Common;

namespace Partner.Application.DatabricksPartnerConnect.Landing.Commands.TestLandingConnection;

/// <summary>A connection the visit may not see (<see cref="LandingConnections"/>) is connection_not_found, whoever owns it.</summary>
public sealed class TestLandingConnectionCommandHandler(
    IApplicationDbContext db, IOpaqueTokenService tokens, OAuth.U2MClients clients, OAuth.ConnectionAccessTokens accessTokens, IWorkspaceProbe probe,
    Common.Metrics.PartnerMetrics metrics)
    : IRequestHandler<TestLandingConnectionCommand, LandingTestResult>
{
    public async Task<LandingTestResult> Handle(TestLandingConnectionCommand request, CancellationToken cancellationToken)
    {
        var ticket = LandingTicket.Read(tokens, request.Token, request.Page);
        var visible = await LandingConnections.OfTicketAsync(db, ticket, clients, cancellationToken);
        var shown = visible.FirstOrDefault(c => c.Id == request.ConnectionId)
            ?? throw new PartnerException(ErrorReason.ConnectionNotFound, "This connection is not one of this workspace's connections.");
        var connection = await db.Connections.AsNoTracking().FirstAsync(c => c.Id == shown.Id, cancellationToken);
        var results = await probe.CheckAsync(connection, token => accessTokens.ForCheckAsync(connection, token), cancellationToken);
        metrics.TestConnection(results, "landing");
        return new LandingTestResult(shown, results);
    }
}
