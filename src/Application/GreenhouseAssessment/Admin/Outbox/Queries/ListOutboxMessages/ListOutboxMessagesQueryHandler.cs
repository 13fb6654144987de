using AutoMapper;
using AutoMapper.QueryableExtensions;
using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Models;

namespace Partner.Application.GreenhouseAssessment.Admin.Outbox.Queries.ListOutboxMessages;

public sealed class ListOutboxMessagesQueryHandler(IApplicationDbContext db, IMapper mapper)
    : IRequestHandler<ListOutboxMessagesQuery, PagedResult<OutboxMessageDto>>
{
    public async Task<PagedResult<OutboxMessageDto>> Handle(ListOutboxMessagesQuery request, CancellationToken cancellationToken)
    {
        var query = db.OutboxMessages.AsNoTracking();
        if (request.State is { } state)
        {
            query = query.Where(m => m.State == state);
        }

        if (request.PartnerInterviewId is { Length: > 0 } interviewId)
        {
            var instanceId = await db.TestInstances.Where(i => i.PartnerInterviewId == interviewId).Select(i => (Guid?)i.Id)
                .FirstOrDefaultAsync(cancellationToken);
            var inPayload = instanceId?.ToString() ?? "(none)";
            query = query.Where(m => m.Payload.Contains(inPayload));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).TakePage(request)
            .ProjectTo<OutboxMessageDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        return PagedResult.Of(await db.WithInterviewIdsAsync(items, cancellationToken), request, total);
    }
}
