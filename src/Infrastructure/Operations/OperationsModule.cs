using Microsoft.Extensions.DependencyInjection;
using Partner.Application.Operations.Readiness;

namespace Partner.Infrastructure.Operations;

public static class OperationsModule
{
    public static IServiceCollection AddOperationsInfrastructure(this IServiceCollection services)
    {
        services.AddScoped<IReadinessProbe, InfrastructureReadinessProbe>();
        return services;
    }
}
