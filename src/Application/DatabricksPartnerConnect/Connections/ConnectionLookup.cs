using Partner.Application.Common.Exceptions;
using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Connections;

internal static class ConnectionLookup
{
    public static async Task<Connection> FindLiveAsync(this IQueryable<Connection> connections, IConnectionReference reference,
        CancellationToken cancellationToken)
    {
        Connection? connection = null;
        if (Guid.TryParse(reference.ConnectionId, out var id))
        {
            connection = await connections.FirstOrDefaultAsync(c => c.Id == id && c.DeletedAt == null, cancellationToken);
        }

        // contract: the connection must be "in a given org id (workspace_id) and cloud provider".
        if (connection is null || !connection.BelongsTo(reference.DatabricksOrganizationId, reference.CloudProvider))
        {
            throw new PartnerException(ErrorReason.ConnectionNotFound, "This connection does not exist on the partner side.",
                "No live connection with this connection_id in this workspace and cloud.");
        }

        return connection;
    }
}
