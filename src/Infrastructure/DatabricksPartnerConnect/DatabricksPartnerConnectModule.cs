using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.DatabricksPartnerConnect.Connections.Commands.TestConnection;
using Partner.Application.DatabricksPartnerConnect.OAuth;
using Partner.Infrastructure.Outbound;

namespace Partner.Infrastructure.DatabricksPartnerConnect;

public static class DatabricksPartnerConnectModule
{
    public static IServiceCollection AddDatabricksPartnerConnectInfrastructure(this IServiceCollection services)
    {
        // Made on someone else's word and while someone waits: one attempt, no retries (a code or refresh token must not
        // be sent twice), through the outbound URL policy's connector, and at most 1 MiB of an answer read.
        services.AddHttpClient(DatabricksWorkspaceProbe.HttpClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                client.Timeout = provider.GetRequiredService<IOptions<DatabricksOptions>>().Value.Timeout;
                client.MaxResponseContentBufferSize = 1024 * 1024;
            })
            .ConfigurePrimaryHttpMessageHandler(provider => provider.GetRequiredService<GuardedConnector>().CreateHandler())
            .RedactLoggedHeaders(_ => true);
        services.AddSingleton<IWorkspaceProbe, DatabricksWorkspaceProbe>();
        services.AddSingleton<IDatabricksOAuthClient, DatabricksOAuthClient>();
        // The token service's stampede protection: one renewal per connection and instance, whoever asks (ConnectionAccessTokens).
        services.AddHybridCache();
        return services;
    }
}
