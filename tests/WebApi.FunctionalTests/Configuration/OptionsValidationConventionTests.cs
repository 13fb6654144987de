using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Outbound;
using Partner.Infrastructure.GreenhouseAssessment.Outbox;
using Partner.WebApi.Startup;

namespace Partner.WebApi.FunctionalTests.Configuration;

/// <summary>
/// docs/architecture.md "Options validation": every settings section the app registers is checked by one FluentValidation
/// validator (FluentValidateOptions, registered by AddValidatedOptions), and by nothing else but the deployment rules.
/// An inline .Validate(...), a section bound without a validator or a hand-written IValidateOptions fails here.
/// </summary>
public sealed class OptionsValidationConventionTests
{
    /// <summary>Sections with no rule at all, bound without a validator.</summary>
    private static readonly Type[] WithoutRules = [typeof(OutboundOptions)];

    private static readonly Type[] OptionsServices =
    [
        typeof(IConfigureOptions<>), typeof(IPostConfigureOptions<>), typeof(IValidateOptions<>), typeof(IOptionsChangeTokenSource<>),
    ];

    [Test]
    public void EveryOptionsTypeOfTheApp_HasOneFluentValidator_AndNoOtherCheckButTheDeploymentRules()
    {
        IServiceCollection registrations = null!;
        using var factory = new PartnerApiFactory(testServices: services => registrations = services);
        var provider = factory.Services;

        Assert.Multiple(() =>
        {
            Assert.That(OptionsTypes(registrations), Does.Contain(typeof(OutboxOptions)).And.Contain(typeof(PartnerConfig)).And.Contain(typeof(OutboundOptions)),
                "the options types are found");
            Assert.That(Violations(registrations, provider), Is.Empty);
        });
    }

    [Test]
    public void Violations_InlineValidateOrBindWithoutAValidator_AreFound()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddValidatedOptions<OutboxOptions, OutboxOptionsValidator>(configuration, OutboxOptions.Section)
            .Validate(o => o.BatchSize < 100, "Outbox:BatchSize must be under 100.");
        services.AddOptions<HttpLimitsOptions>().Bind(configuration.GetSection(HttpLimitsOptions.Section));
        using var provider = services.BuildServiceProvider();

        var violations = Violations(services, provider);

        Assert.That(violations, Has.Some.StartsWith("OutboxOptions: checked outside its validator").And.Some.StartsWith("HttpLimitsOptions: 0 validators"));
    }

    [Test]
    public void NoIValidateOptionsImplementation_ButTheFluentWrapperAndTheDeploymentRules()
    {
        var assemblies = new[]
        {
            typeof(Partner.Domain.Common.TextLimits).Assembly, typeof(FluentValidateOptions<>).Assembly, typeof(OutboxOptions).Assembly,
            typeof(DeploymentSettingsValidator).Assembly,
        };

        var implementations = assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidateOptions<>)));

        Assert.That(implementations, Is.EquivalentTo(new[] { typeof(FluentValidateOptions<>), typeof(DeploymentSettingsValidator) }));
    }

    /// <summary>The app's own options types: configured, bound or validated by a registration.</summary>
    private static List<Type> OptionsTypes(IServiceCollection registrations) =>
        registrations.Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && OptionsServices.Contains(t.GetGenericTypeDefinition()))
            .Select(t => t.GetGenericArguments()[0])
            .Where(t => t.Assembly.GetName().Name!.StartsWith("Partner.", StringComparison.Ordinal))
            .Distinct()
            .ToList();

    private static List<string> Violations(IServiceCollection registrations, IServiceProvider provider)
    {
        var violations = new List<string>();
        foreach (var type in OptionsTypes(registrations))
        {
            var fluent = typeof(FluentValidateOptions<>).MakeGenericType(type);
            var validators = provider.GetServices(typeof(IValidateOptions<>).MakeGenericType(type)).Select(v => v!.GetType()).ToList();
            var expected = WithoutRules.Contains(type) ? 0 : 1;
            if (validators.Count(v => v == fluent) != expected)
            {
                violations.Add($"{type.Name}: {validators.Count(v => v == fluent)} validators, {expected} expected: one {type.Name}Validator beside the class, "
                    + $"registered with services.AddValidatedOptions<{type.Name}, {type.Name}Validator>(configuration, {type.Name}.Section).");
            }

            if (validators.Where(v => v != fluent && v != typeof(DeploymentSettingsValidator)).Select(v => v.Name).ToList() is { Count: > 0 } others)
            {
                violations.Add($"{type.Name}: checked outside its validator by {string.Join(", ", others)} (an inline .Validate or a hand-written "
                    + "IValidateOptions): move the rule to its validator, or to DeploymentRules if it depends on the environment.");
            }
        }

        return violations;
    }
}
