using Partner.Application.Common.Interfaces;

namespace Partner.Application.GreenhouseAssessment.Admin.ResponseErrors.Queries.SummarizeResponseErrors;

/// <summary>Greenhouse's response_error reports per api_call: how many, and when the last came (optionally of one organization, since a time).</summary>
public sealed record SummarizeResponseErrorsQuery(Guid? OrganizationId = null, DateTimeOffset? Since = null) : IRequest<IReadOnlyList<ResponseErrorSummaryDto>>;

/// <summary>The reports about one of our answers.</summary>
public sealed record ResponseErrorSummaryDto
{
    /// <example>test_status</example>
    public required string ApiCall { get; init; }

    /// <example>3</example>
    public required long Count { get; init; }

    public required DateTimeOffset LastSeenAt { get; init; }
}

public sealed class SummarizeResponseErrorsQueryValidator : AbstractValidator<SummarizeResponseErrorsQuery>
{
    public SummarizeResponseErrorsQueryValidator() => RuleFor(q => q.OrganizationId).NotEqual(Guid.Empty).OverridePropertyName("organization_id");
}

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
