namespace Partner.Application.Common.Models;

/// <summary>One page of an admin list.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);
