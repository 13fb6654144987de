using System.Linq.Expressions;

namespace Partner.Application.Common.Validation;

/// <summary>
/// The rules of every paged admin list: page ≥ 1, page_size 1–500, and a page whose first row (page − 1) × page_size
/// still fits the row offset the database takes (an int), so no page number overflows back to page 1's rows.
/// </summary>
public static class PagingRules
{
    public const int MaxPageSize = 500;

    public static void ValidatePaging<T>(this AbstractValidator<T> validator, Expression<Func<T, int>> page, Expression<Func<T, int>> pageSize)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var sizeOf = pageSize.Compile();
        validator.RuleForField(page).GreaterThanOrEqualTo(1);
        validator.RuleForField(pageSize).InclusiveBetween(1, MaxPageSize);
        validator.RuleForField(page).Must((query, value) => value < 1 || sizeOf(query) is < 1 or > MaxPageSize || (long)(value - 1) * sizeOf(query) <= int.MaxValue)
            .WithMessage("page is too large for this page_size.");
    }
}
