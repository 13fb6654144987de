using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Partner.Application.Common.Configuration;
using Partner.Application.GreenhouseAssessment.Behaviours;
using Partner.Application.GreenhouseAssessment.Outbox;
using Partner.Application.GreenhouseAssessment.TestInstances.Deliveries;

namespace Partner.Application.GreenhouseAssessment;

public static class GreenhouseAssessmentModule
{
    public static IServiceCollection AddGreenhouseAssessment(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<GreenhouseOptions, GreenhouseOptionsValidator>(configuration, GreenhouseOptions.Section);
        services.AddSingleton<GreenhouseKeyResolver>();
        // Only requests that are IGreenhouseCall get it (the constraint); registered after the shared behaviours, so it runs
        // once a request is valid, inside the retry on write conflicts.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ApiKeyUseBehaviour<,>));
        services.AddScoped<IOutboxDelivery, CandidateEmailDelivery>();
        services.AddScoped<IOutboxDelivery, CompletionCallbackDelivery>();
        services.AddScoped<IOutboxDelivery, InvitationReminderDelivery>();
        return services;
    }
}
