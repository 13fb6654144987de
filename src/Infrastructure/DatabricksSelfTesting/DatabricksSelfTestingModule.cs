using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.DatabricksSelfTesting;
using Polly;

namespace Partner.Infrastructure.DatabricksSelfTesting;

public static class DatabricksSelfTestingModule
{
    public static IServiceCollection AddDatabricksSelfTestingInfrastructure(this IServiceCollection services)
    {
        // HttpClient logs URLs, and headers only at Trace; .NET 10 already redacts their values, said here explicitly so the
        // Bearer token can never reach a log (SelfTestPartnerTests checks the captured logs).
        services.AddHttpClient<IDatabricksWorkspaceClient, DatabricksWorkspaceClient>()
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RedactLoggedHeaders(_ => true)
            .AddResilienceHandler("databricks", static (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<DatabricksOptions>>().Value;
                if (options.MaxRetries > 0)
                {
                    // The defaults retry 408, 429, 5xx, no answer and a timed-out attempt, honouring Retry-After.
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetries,
                        Delay = options.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                    });
                }

                pipeline.AddTimeout(options.Timeout);
            });
        return services;
    }
}
