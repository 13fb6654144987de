using System.Reflection;
using AutoMapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Partner.Application.Common.Behaviours;
using Partner.Application.Common.Outbound;
using Partner.Application.Common.Outbox;
using Partner.Application.GreenhouseAssessment.TestInstances.Deliveries;

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
        services.AddTransient<IPipelineBehavior<DatabricksPartnerConnect.Connections.Commands.Connect.ConnectCommand, DatabricksPartnerConnect.Connections.Commands.Connect.ConnectResult>,
            ConnectMetricsBehaviour>();

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
        services.AddSingleton<GreenhouseAssessment.GreenhouseKeyResolver>();
        services.AddSingleton<OutboundUrlPolicy>();
        services.AddSingleton<DatabricksPartnerConnect.OAuth.U2MClients>();
        services.AddSingleton<DatabricksPartnerConnect.Landing.LandingLinks>();
        services.AddScoped<DatabricksPartnerConnect.OAuth.ConnectionAccessTokens>();
        services.AddScoped<DatabricksPartnerConnect.OAuth.AccessTokenRenewal>();
        services.AddSingleton<Common.Metrics.PartnerMetrics>();
        services.AddSingleton<Operations.Readiness.IReadinessProbe, Operations.Readiness.ConfigurationReadinessProbe>();
        services.AddScoped<IOutboxDelivery, CandidateEmailDelivery>();
        services.AddScoped<IOutboxDelivery, CompletionCallbackDelivery>();
        services.AddScoped<IOutboxDelivery, InvitationReminderDelivery>();
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
