using AutoMapper;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.ListOrganizations;

/// <summary>An organization as operators see it.</summary>
public sealed record OrganizationDto
{
    public Guid Id { get; init; }

    /// <example>Development organization</example>
    public string Name { get; init; } = string.Empty;

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Keys Greenhouse can call with (not revoked).</summary>
    public int ActiveApiKeys { get; init; }

    public int Tests { get; init; }

    internal sealed class Mapping : Profile
    {
        // The counts are other tables' rows (no navigation): the handler adds them.
        public Mapping() => CreateMap<Organization, OrganizationDto>()
            .ForMember(d => d.ActiveApiKeys, o => o.Ignore())
            .ForMember(d => d.Tests, o => o.Ignore());
    }
}
