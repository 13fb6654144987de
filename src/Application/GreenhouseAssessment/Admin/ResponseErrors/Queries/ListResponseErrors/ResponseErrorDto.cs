using System.Text.Json;
using AutoMapper;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.ResponseErrors.Queries.ListResponseErrors;

/// <summary>A malformed answer of ours, as Greenhouse reported it.</summary>
public sealed record ResponseErrorDto
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    /// <example>test_status</example>
    public string ApiCall { get; init; } = string.Empty;

    public IReadOnlyList<string> Errors { get; init; } = [];

    public string? PartnerTestId { get; init; }

    public string? PartnerTestName { get; init; }

    public string? PartnerInterviewId { get; init; }

    public string? CandidateEmail { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    internal sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<ResponseError, ResponseErrorDto>()
            .ForMember(d => d.Errors, o => o.MapFrom(s => JsonSerializer.Deserialize<List<string>>(s.ErrorsJson, JsonSerializerOptions.Default)));
    }
}
