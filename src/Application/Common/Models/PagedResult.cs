namespace Partner.Application.Common.Models;

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

/// <summary>A request for one page of an admin list (validated by PagingRules.ValidatePaging).</summary>
public interface IPagedQuery
{
    int Page { get; }

    int PageSize { get; }
}

public interface IPagedQuery<T> : IPagedQuery, IRequest<PagedResult<T>>;

public static class PagedResult
{
    public static PagedResult<T> Of<T>(IReadOnlyList<T> items, IPagedQuery query, int totalCount)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new PagedResult<T>(items, query.Page, query.PageSize, totalCount);
    }

    public static IQueryable<T> TakePage<T>(this IOrderedQueryable<T> ordered, IPagedQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize);
    }
}
