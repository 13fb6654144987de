using Microsoft.Extensions.Options;

namespace Partner.Application.Common.Configuration;

/// <summary>Runs a FluentValidation validator as an options validator, so a bad value stops the app at start (see <see cref="OptionsRegistration"/>).</summary>
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
