using AutoMapper;
using AutoMapper.QueryableExtensions;
using Partner.Application.Common.Interfaces;

namespace Partner.Application.GreenhouseAssessment.Admin.ResponseErrors.Queries.SummarizeResponseErrors;

public sealed class SummarizeResponseErrorsQueryHandler(IApplicationDbContext db, IMapper mapper)
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
            .ProjectTo<ResponseErrorSummaryDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        return [.. summary.OrderByDescending(s => s.LastSeenAt).ThenBy(s => s.ApiCall, StringComparer.Ordinal)];
    }
}
