using Partner.Application.Common.Models;

namespace Partner.Application.DatabricksPartnerConnect.Admin.Connections.Queries.ListConnections;

/// <summary>Operators' list of connections, optionally of one workspace; secrets are never part of it.</summary>
public sealed record ListConnectionsQuery(long? WorkspaceId, bool IncludeDeleted = false, int Page = 1, int PageSize = 50)
    : IPagedQuery<ConnectionDto>;
