using Partner.Application.Common.Models;

namespace Partner.Application.Common.Validation;

/// <summary>
/// The rules of every paged admin list: page ≥ 1, page_size 1–500, and a page whose first row (page − 1) × page_size
/// still fits the row offset the database takes (an int), so no page number overflows back to page 1's rows.
/// </summary>
public static class PagingRules
{
    public const int MaxPageSize = 500;

    public static void ValidatePaging<T>(this AbstractValidator<T> validator)
        where T : IPagedQuery
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleForField(q => q.Page).GreaterThanOrEqualTo(1);
        validator.RuleForField(q => q.PageSize).InclusiveBetween(1, MaxPageSize);
        validator.RuleForField(q => q.Page)
            .Must((query, page) => page < 1 || query.PageSize is < 1 or > MaxPageSize || (long)(page - 1) * query.PageSize <= int.MaxValue)
            .WithMessage("page is too large for this page_size.");
    }
}
