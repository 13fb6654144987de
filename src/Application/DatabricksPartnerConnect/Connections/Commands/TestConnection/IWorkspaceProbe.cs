using Partner.Domain.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Connections.Commands.TestConnection;

/// <summary>Checks a stored connection and reports one result per check.</summary>
public interface IWorkspaceProbe
{
    Task<IReadOnlyList<TestResult>> CheckAsync(Connection connection, CancellationToken cancellationToken);
}
