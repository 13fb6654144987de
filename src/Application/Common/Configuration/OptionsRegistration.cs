using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Partner.Application.Common.Configuration;

/// <summary>The one way a settings section is registered (docs/architecture.md "Conventions", "Options validation").</summary>
public static class OptionsRegistration
{
    /// <summary>
    /// Binds the section and validates it at start, so a bad value stops the app with a message naming the key. The
    /// validator comes from the container, so it may take singletons (another section's options, loaded certificates).
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services,
        IConfiguration configuration, string section)
        where TOptions : class
        where TValidator : class, IValidator<TOptions>
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddValidatedOptions<TOptions, TValidator>(source: null).Bind(configuration.GetSection(section));
    }

    /// <summary>
    /// For options filled by an <see cref="IConfigureOptions{TOptions}"/> rather than a section (the PartnerConfig file):
    /// its messages name the file's fields, so each is prefixed with <paramref name="source"/>.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, string? source)
        where TOptions : class
        where TValidator : class, IValidator<TOptions>
    {
        services.TryAddSingleton<TValidator>();
        services.AddSingleton<IValidateOptions<TOptions>>(provider =>
            new FluentValidateOptions<TOptions>(provider.GetRequiredService<TValidator>(), source));
        return services.AddOptions<TOptions>().ValidateOnStart();
    }
}
