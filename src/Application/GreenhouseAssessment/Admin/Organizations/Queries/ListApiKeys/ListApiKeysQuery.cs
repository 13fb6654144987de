using Partner.Application.Common.Models;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.ListApiKeys;

/// <summary>An organization's API keys, newest first: ids and dates, never the key.</summary>
public sealed record ListApiKeysQuery(Guid OrganizationId, int Page = 1, int PageSize = 50) : IPagedQuery<ApiKeyDto>;
