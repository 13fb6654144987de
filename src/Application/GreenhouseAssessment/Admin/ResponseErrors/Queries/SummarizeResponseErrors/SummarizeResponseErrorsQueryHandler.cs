using Partner.Application.Common.Interfaces;

namespace Partner.Application.GreenhouseAssessment.Admin.ResponseErrors.Queries.SummarizeResponseErrors;

public sealed class SummarizeResponseErrorsQueryHandler(IApplicationDbContext db)
    : IRequestHandler<SummarizeResponseErrorsQuery, IReadOnlyList<ResponseErrorSummaryDto>>
{
    public async Task<IReadOnlyList<ResponseErrorSummaryDto>> Handle(SummarizeResponseErrorsQuery request, CancellationToken cancellationToken)
    {
        var query = db.ResponseErrors.AsNoTracking();
        if (request.OrganizationId is { } organizationId)
        {
            query = query.Where(e => e.OrganizationId == organizationId);
        }

        if (request.Since is { } since)
        {
            query = query.Where(e => e.ReceivedAt >= since);
        }

        var summary = await query.GroupBy(e => e.ApiCall)
            .Select(g => new ResponseErrorSummaryDto { ApiCall = g.Key, Count = g.LongCount(), LastSeenAt = g.Max(e => e.ReceivedAt) })
            .ToListAsync(cancellationToken);
        return [.. summary.OrderByDescending(s => s.LastSeenAt).ThenBy(s => s.ApiCall, StringComparer.Ordinal)];
    }
}
