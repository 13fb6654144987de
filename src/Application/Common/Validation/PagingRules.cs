using Partner.Application.Common.Models;

namespace Partner.Application.Common.Validation;

/// <summary>The page's first row must fit the int row offset the database takes, or a large page overflows back to page 1's rows.</summary>
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
