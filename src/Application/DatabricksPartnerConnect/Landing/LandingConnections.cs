using Partner.Application.Common.Interfaces;
using Partner.Application.DatabricksPartnerConnect.Landing.Queries.GetLandingPage;
using Partner.Application.DatabricksPartnerConnect.OAuth;

namespace Partner.Application.DatabricksPartnerConnect.Landing;

/// <summary>The connections a landing-page visit may see and test: the live ones of the ticket's workspace, in its account.</summary>
internal static class LandingConnections
{
    public static async Task<IReadOnlyList<LandingConnection>> OfTicketAsync(IApplicationDbContext db, RedirectTicket ticket, U2MClients clients,
        CancellationToken cancellationToken)
    {
        if (ticket.ConnectionId is not { } connectionId)
        {
            return [];
        }

        var workspace = await db.Connections.AsNoTracking().Where(c => c.Id == connectionId && c.AccountId == ticket.AccountId)
            .Select(c => new { c.WorkspaceId, c.CloudProvider }).FirstOrDefaultAsync(cancellationToken);
        if (workspace is null)
        {
            return [];
        }

        var connections = await db.Connections.AsNoTracking()
            .Where(c => c.AccountId == ticket.AccountId && c.WorkspaceId == workspace.WorkspaceId && c.CloudProvider == workspace.CloudProvider
                && c.DeletedAt == null)
            .ToListAsync(cancellationToken);
        return [.. connections.OrderBy(c => c.CreatedAt).Select(c => LandingConnection.From(c, clients.ClientIdFor(c) is not null))];
    }
}
