using AutoMapper;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.ResponseErrors.Queries.SummarizeResponseErrors;

/// <summary>The reports about one of our answers.</summary>
public sealed record ResponseErrorSummaryDto
{
    /// <example>test_status</example>
    public required string ApiCall { get; init; }

    /// <example>3</example>
    public required long Count { get; init; }

    public required DateTimeOffset LastSeenAt { get; init; }

    internal sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<IGrouping<string, ResponseError>, ResponseErrorSummaryDto>()
            .ForMember(d => d.ApiCall, o => o.MapFrom(g => g.Key))
            .ForMember(d => d.Count, o => o.MapFrom(g => g.LongCount()))
            .ForMember(d => d.LastSeenAt, o => o.MapFrom(g => g.Max(e => e.ReceivedAt)));
    }
}
