using Partner.Application.DatabricksPartnerConnect.OAuth;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Connections.Commands.TestConnection;

/// <summary>
/// Checks a stored connection and reports one result per check. The credential delegate gives the token the
/// Authentication check uses (the connection's own credential, whatever its auth option), asked only once the workspace
/// is reachable.
/// </summary>
public interface IWorkspaceProbe
{
    Task<IReadOnlyList<TestResult>> CheckAsync(Connection connection, Func<CancellationToken, Task<CredentialCheck>> credential,
        CancellationToken cancellationToken);
}
