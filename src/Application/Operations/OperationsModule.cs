using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Partner.Application.Operations.Readiness;

namespace Partner.Application.Operations;

public static class OperationsModule
{
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IReadinessProbe, ConfigurationReadinessProbe>();
        return services;
    }
}
