using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Exceptions;
using Partner.Application.DatabricksPartnerConnect.Interfaces;
using Partner.Domain.Common;

namespace Partner.Application.DatabricksPartnerConnect.Connectors.Queries.ListConnectors;

public sealed class ListConnectorsQueryHandler(IOptions<PartnerConnectOptions> options, IOpaqueTokenService tokens)
    : IRequestHandler<ListConnectorsQuery, ListConnectorsResult>
{
    public const string TokenPurpose = "Partner.Connectors.Page.v1";

    public Task<ListConnectorsResult> Handle(ListConnectorsQuery request, CancellationToken cancellationToken)
    {
        var connectors = options.Value.Connectors;
        var offset = 0;
        if (!string.IsNullOrEmpty(request.PaginationToken))
        {
            var page = tokens.Read<ConnectorsPage>(TokenPurpose, request.PaginationToken);
            if (page is null || page.Offset < 0 || page.Offset > connectors.Count)
            {
                throw new PartnerException(ErrorReason.BadRequest, debuggingMessage: "pagination_token is not a token this service issued.");
            }

            offset = page.Offset;
        }

        var size = options.Value.ConnectorsPageSize;
        var items = connectors.Skip(offset).Take(size)
            .Select(c => new ConnectorDto { Identifier = c.Identifier, Name = c.Name, Type = c.Type, Description = c.Description })
            .ToList();
        var next = offset + items.Count;
        return Task.FromResult(new ListConnectorsResult
        {
            Connectors = items,
            PaginationToken = next < connectors.Count ? tokens.Issue(TokenPurpose, new ConnectorsPage(next)) : null,
        });
    }

    internal sealed record ConnectorsPage(int Offset);
}
