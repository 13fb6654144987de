using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Infrastructure.GreenhouseAssessment.Outbox;

namespace Partner.Application.UnitTests.Configuration;

public sealed class OptionsRegistrationTests
{
    [Test]
    public void AddValidatedOptions_BadValue_FailsWithTheValidatorsMessageAsItIs()
    {
        using var provider = Provider(new Dictionary<string, string?> { ["Outbox:MaxConcurrency"] = "0" },
            (services, configuration) => services.AddValidatedOptions<OutboxOptions, OutboxOptionsValidator>(configuration, OutboxOptions.Section));

        var error = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<OutboxOptions>>().Value);

        Assert.That(error!.Failures, Is.EqualTo(new[] { "Outbox:MaxConcurrency must be between 1 and 256." }));
    }

    [Test]
    public void AddValidatedOptions_GoodValue_IsBound()
    {
        using var provider = Provider(new Dictionary<string, string?> { ["Outbox:MaxConcurrency"] = "3" },
            (services, configuration) => services.AddValidatedOptions<OutboxOptions, OutboxOptionsValidator>(configuration, OutboxOptions.Section));

        Assert.That(provider.GetRequiredService<IOptions<OutboxOptions>>().Value.MaxConcurrency, Is.EqualTo(3));
    }

    [Test]
    public void AddValidatedOptions_ValidatorTakingAService_IsBuiltByTheContainer()
    {
        using var provider = Provider(new Dictionary<string, string?>(), (services, configuration) =>
        {
            services.Configure<PartnerConfig>(c =>
            {
                c.AuthOptions = [PartnerConfig.AuthOAuthU2M];
                c.IsPublishedApp = true;
            });
            services.AddValidatedOptions<DatabricksOptions, DatabricksOptionsValidator>(configuration, DatabricksOptions.Section);
        });

        var error = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<DatabricksOptions>>().Value);

        Assert.That(error!.Failures, Has.One.StartsWith("Databricks:OAuth:PublishedAppClientId is required"));
    }

    [Test]
    public void AddValidatedOptions_WithASource_PrefixesEachMessage()
    {
        using var provider = Provider(new Dictionary<string, string?>(),
            (services, _) => services.AddValidatedOptions<PartnerConfig, PartnerConfigValidator>(source: "PartnerConfig"));

        var error = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<PartnerConfig>>().Value);

        Assert.That(error!.Failures, Has.All.StartsWith("PartnerConfig: ").And.Some.Contains("new_user_action"));
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings, Action<IServiceCollection, IConfiguration> register)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        register(services, configuration);
        return services.BuildServiceProvider();
    }
}
