using Partner.Application.Common.Models;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.ListApiKeys;

/// <summary>An organization's API keys, newest first: ids and dates, never the key.</summary>
public sealed record ListApiKeysQuery(Guid OrganizationId, int Page = 1, int PageSize = 50) : IPagedQuery<ApiKeyDto>;

/// <summary>An API key as operators see it (the key itself is shown only when issued).</summary>
public sealed record ApiKeyDto
{
    public Guid Id { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When Greenhouse last called with it (to within Greenhouse:ApiKeyCacheDuration); null when never.</summary>
    public DateTimeOffset? LastUsedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }
}
