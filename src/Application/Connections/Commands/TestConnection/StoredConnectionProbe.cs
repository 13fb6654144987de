using Partner.Domain.Connections;

namespace Partner.Application.Connections.Commands.TestConnection;

/// <summary>
/// Reports what the partner holds for a connection, without calling the workspace: the connection record,
/// the credential kind and the compute it names.
/// </summary>
public sealed class StoredConnectionProbe : IWorkspaceProbe
{
    public Task<IReadOnlyList<TestResult>> CheckAsync(Connection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var credential = connection.ProtectedPersonalAccessToken is not null ? "a personal access token"
            : connection.ProtectedOAuthSecret is not null ? "an OAuth M2M secret" : null;
        IReadOnlyList<TestResult> results =
        [
            new("Connection", TestStatus.Success,
                $"Connection to {connection.Hostname}:{connection.Port} ({connection.CloudProvider}) is configured."),
            credential is null
                ? new("Credentials", TestStatus.Failed, "No credential is stored for this connection.")
                : new("Credentials", TestStatus.Success, $"The connection holds {credential}, encrypted."),
            connection.ClusterId is null
                ? new("Compute", TestStatus.Success, "The connection uses no SQL warehouse or cluster.")
                : new("Compute", TestStatus.Success,
                    $"The connection uses {(connection.IsSqlWarehouse ? "SQL warehouse" : "cluster")} {connection.ClusterId}."),
        ];
        return Task.FromResult(results);
    }
}
