using AutoMapper;
using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Models;

namespace Partner.Application.GreenhouseAssessment.Admin.ResponseErrors.Queries.ListResponseErrors;

public sealed class ListResponseErrorsQueryHandler(IApplicationDbContext db, IMapper mapper)
    : IRequestHandler<ListResponseErrorsQuery, PagedResult<ResponseErrorDto>>
{
    public async Task<PagedResult<ResponseErrorDto>> Handle(ListResponseErrorsQuery request, CancellationToken cancellationToken)
    {
        var query = db.ResponseErrors.AsNoTracking();
        if (request.OrganizationId is { } organizationId)
        {
            query = query.Where(e => e.OrganizationId == organizationId);
        }

        var total = await query.CountAsync(cancellationToken);
        // The errors are JSON text: map in memory after the page is read.
        var page = await query.OrderByDescending(e => e.ReceivedAt).ThenBy(e => e.Id).TakePage(request)
            .ToListAsync(cancellationToken);
        return PagedResult.Of(mapper.Map<List<ResponseErrorDto>>(page), request, total);
    }
}
