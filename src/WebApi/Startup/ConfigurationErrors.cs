using Microsoft.Extensions.Options;

namespace Partner.WebApi.Startup;

/// <summary>The one-line messages of the configuration failures an exception carries (options validation, at any depth).</summary>
public static class ConfigurationErrors
{
    public static IReadOnlyList<string> Of(Exception exception)
    {
        var errors = new List<string>();
        Collect(exception, errors);
        return errors.Distinct().ToList();
    }

    private static void Collect(Exception? exception, List<string> errors)
    {
        switch (exception)
        {
            case null:
                return;
            case OptionsValidationException validation:
                errors.AddRange(validation.Failures.Select(f => f.ReplaceLineEndings(" ")));
                return;
            case AggregateException aggregate:
                foreach (var inner in aggregate.InnerExceptions)
                {
                    Collect(inner, errors);
                }

                return;
            default:
                Collect(exception.InnerException, errors);
                return;
        }
    }
}
