using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Partner.Application.Common.Validation;

/// <summary>Rules named by the JSON field the client sent (<c>user_info.email</c>), the name error messages and logs show.</summary>
public static class JsonFieldRules
{
    public static IRuleBuilderInitial<T, TProperty> RuleForField<T, TProperty>(this AbstractValidator<T> validator,
        Expression<Func<T, TProperty>> field)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var name = FieldName(field);
        return validator.RuleFor(field).Configure(rule => rule.PropertyName = name);
    }

    public static IRuleBuilderInitialCollection<T, TElement> RuleForEachField<T, TElement>(this AbstractValidator<T> validator,
        Expression<Func<T, IEnumerable<TElement>>> field)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var name = FieldName(field);
        return validator.RuleForEach(field).Configure(rule => rule.PropertyName = name);
    }

    public static string FieldName(LambdaExpression field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var names = new List<string>();
        var node = field.Body;
        while (true)
        {
            switch (node)
            {
                case MemberExpression member:
                    names.Add(member.Member.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
                        ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Member.Name));
                    node = member.Expression;
                    continue;
                case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert:
                    node = convert.Operand;
                    continue;
                case ParameterExpression when names.Count > 0:
                    names.Reverse();
                    return string.Join('.', names);
                default:
                    throw new ArgumentException($"'{field}' is not a chain of members of the request.", nameof(field));
            }
        }
    }
}
