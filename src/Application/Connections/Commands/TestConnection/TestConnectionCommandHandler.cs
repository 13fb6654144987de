using Partner.Application.Common.Interfaces;

namespace Partner.Application.Connections.Commands.TestConnection;

/// <summary>
/// Reports what the partner holds for a live connection: that it exists, which credential and which compute it
/// names. Checks against the workspace itself are the job of <see cref="IWorkspaceProbe"/>.
/// </summary>
public sealed class TestConnectionCommandHandler(IApplicationDbContext db, IWorkspaceProbe probe)
    : IRequestHandler<TestConnectionCommand, TestConnectionResult>
{
    public async Task<TestConnectionResult> Handle(TestConnectionCommand request, CancellationToken cancellationToken)
    {
        var connection = await db.Connections.AsNoTracking().FindLiveAsync(request, cancellationToken);
        var results = await probe.CheckAsync(connection, cancellationToken);
        return new TestConnectionResult(results);
    }
}
