using AutoMapper;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.ListApiKeys;

/// <summary>An API key as operators see it (the key itself is shown only when issued).</summary>
public sealed record ApiKeyDto
{
    public Guid Id { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When Greenhouse last called with it (to within Greenhouse:ApiKeyCacheDuration); null when never.</summary>
    public DateTimeOffset? LastUsedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    internal sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<OrganizationApiKey, ApiKeyDto>();
    }
}
