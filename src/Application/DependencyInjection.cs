using System.Reflection;
using AutoMapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Partner.Application.Common.Behaviours;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Metrics;
using Partner.Application.Common.Outbound;
using Partner.Application.DatabricksPartnerConnect;
using Partner.Application.DatabricksSelfTesting;
using Partner.Application.GreenhouseAssessment;
using Partner.Application.Operations;

namespace Partner.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        var assembly = Assembly.GetExecutingAssembly();

        // MediatR 5.1 has no AddMediatR (docs/decisions/0001-mediatr-5.md): the factory, the mediator, then handlers by scan.
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.Scan(scan => scan.FromAssemblies(assembly)
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false).AsImplementedInterfaces().WithTransientLifetime());

        // Registration order is execution order, outermost first.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UnhandledExceptionBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(WriteConflictRetryBehaviour<,>));

        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton);

        // AutoMapper 15+ is licensed (docs/decisions/0003-automapper-license.md): one validated configuration, built once.
        services.AddSingleton<IMapper>(provider =>
        {
            var mapperConfiguration = CreateMapperConfiguration(configuration["AutoMapper:LicenseKey"],
                provider.GetRequiredService<ILoggerFactory>());
            return mapperConfiguration.CreateMapper();
        });

        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddSingleton<OutboundUrlPolicy>();
        services.AddSingleton<PartnerMetrics>();

        // Settings two modules share: the PartnerConfig (its file is read by Infrastructure), the credentials Databricks
        // calls us with, and the Databricks accounts and OAuth settings.
        services.AddValidatedOptions<PartnerConfig, PartnerConfigValidator>(source: "PartnerConfig");
        services.AddValidatedOptions<PartnerConnectOptions, PartnerConnectOptionsValidator>(configuration, PartnerConnectOptions.Section);
        services.AddValidatedOptions<DatabricksOptions, DatabricksOptionsValidator>(configuration, DatabricksOptions.Section);

        services.AddDatabricksPartnerConnect(configuration);
        services.AddDatabricksSelfTesting(configuration);
        services.AddGreenhouseAssessment(configuration);
        services.AddOperations(configuration);
        return services;
    }

    public static MapperConfiguration CreateMapperConfiguration(string? licenseKey, ILoggerFactory loggerFactory)
    {
        var expression = new MapperConfigurationExpression();
        if (!string.IsNullOrWhiteSpace(licenseKey))
        {
            expression.LicenseKey = licenseKey;
        }

        expression.AddMaps(typeof(DependencyInjection).Assembly);
        var mapperConfiguration = new MapperConfiguration(expression, loggerFactory);
        mapperConfiguration.AssertConfigurationIsValid();
        return mapperConfiguration;
    }
}
