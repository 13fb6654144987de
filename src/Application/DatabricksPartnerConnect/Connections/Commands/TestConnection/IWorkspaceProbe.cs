using Partner.Application.DatabricksPartnerConnect.OAuth;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Connections.Commands.TestConnection;

/// <summary>The credential delegate is asked only once the workspace is reachable.</summary>
public interface IWorkspaceProbe
{
    Task<IReadOnlyList<TestResult>> CheckAsync(Connection connection, Func<CancellationToken, Task<CredentialCheck>> credential,
        CancellationToken cancellationToken);
}
