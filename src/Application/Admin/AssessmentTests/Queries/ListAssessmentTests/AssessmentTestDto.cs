using AutoMapper;
using Partner.Domain.Greenhouse;

namespace Partner.Application.Admin.AssessmentTests.Queries.ListAssessmentTests;

/// <summary>A test of an organization as operators see it.</summary>
public sealed record AssessmentTestDto
{
    public Guid Id { get; init; }

    /// <example>12345</example>
    public string PartnerTestId { get; init; } = string.Empty;

    /// <example>My First Test</example>
    public string PartnerTestName { get; init; } = string.Empty;

    public DateTimeOffset CreatedAt { get; init; }

    internal sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<AssessmentTest, AssessmentTestDto>()
            .ForMember(d => d.PartnerTestName, o => o.MapFrom(s => s.Name));
    }
}
