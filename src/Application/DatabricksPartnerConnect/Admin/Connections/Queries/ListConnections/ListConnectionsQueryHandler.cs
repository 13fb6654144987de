using AutoMapper;
using AutoMapper.QueryableExtensions;
using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Models;

namespace Partner.Application.DatabricksPartnerConnect.Admin.Connections.Queries.ListConnections;

public sealed class ListConnectionsQueryHandler(IApplicationDbContext db, IMapper mapper)
    : IRequestHandler<ListConnectionsQuery, PagedResult<ConnectionDto>>
{
    public async Task<PagedResult<ConnectionDto>> Handle(ListConnectionsQuery request, CancellationToken cancellationToken)
    {
        var query = db.Connections.AsNoTracking();
        if (request.WorkspaceId is { } workspaceId)
        {
            query = query.Where(c => c.WorkspaceId == workspaceId);
        }

        if (!request.IncludeDeleted)
        {
            query = query.Where(c => c.DeletedAt == null);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(c => c.WorkspaceId).ThenBy(c => c.Id).TakePage(request)
            .ProjectTo<ConnectionDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        return PagedResult.Of(items, request, total);
    }
}
