using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Partner.Application.Common.Configuration;
using Partner.Application.DatabricksPartnerConnect.Behaviours;
using Partner.Application.DatabricksPartnerConnect.Connections.Commands.Connect;
using Partner.Application.DatabricksPartnerConnect.Landing;
using Partner.Application.DatabricksPartnerConnect.OAuth;

namespace Partner.Application.DatabricksPartnerConnect;

public static class DatabricksPartnerConnectModule
{
    public static IServiceCollection AddDatabricksPartnerConnect(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTransient<IPipelineBehavior<ConnectCommand, ConnectResult>, ConnectMetricsBehaviour>();
        services.AddValidatedOptions<LandingOptions, LandingOptionsValidator>(configuration, LandingOptions.Section);
        services.AddSingleton<U2MClients>();
        services.AddSingleton<LandingLinks>();
        services.AddScoped<ConnectionAccessTokens>();
        services.AddScoped<AccessTokenRenewal>();
        return services;
    }
}
