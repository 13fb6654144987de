using Microsoft.Extensions.Options;

namespace Partner.Application.Common.Configuration;

/// <summary>
/// Runs a FluentValidation validator as an options validator, so a bad value stops the app at start. The only
/// <see cref="IValidateOptions{TOptions}"/> besides the deployment rules (docs/architecture.md "Options validation"),
/// registered by <see cref="OptionsRegistration"/>.
/// </summary>
/// <param name="validator">The section's validator.</param>
/// <param name="source">Prefixed to each message when the messages do not name a configuration key themselves.</param>
public sealed class FluentValidateOptions<TOptions>(IValidator<TOptions> validator, string? source = null)
    : IValidateOptions<TOptions> where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var result = validator.Validate(options);
        return result.IsValid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(result.Errors.Select(e => source is null ? e.ErrorMessage : $"{source}: {e.ErrorMessage}"));
    }
}
