using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Partner.Application.Common.Configuration;
using Partner.Application.GreenhouseAssessment.Interfaces;
using Partner.Infrastructure.GreenhouseAssessment.Email;
using Partner.Infrastructure.GreenhouseAssessment.Outbox;
using Partner.Infrastructure.Outbound;
using Partner.Infrastructure.Persistence;

namespace Partner.Infrastructure.GreenhouseAssessment;

public static class GreenhouseAssessmentModule
{
    /// <summary>Candidate e-mail (SMTP or a pickup directory) and the completion callback to Greenhouse.</summary>
    public static IServiceCollection AddGreenhouseAssessmentInfrastructure(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment, DatabaseOptions database)
    {
        services.AddValidatedOptions<EmailOptions, EmailOptionsValidator>(configuration, EmailOptions.Section)
            .PostConfigure(o => o.PickupDirectory = Path.GetFullPath(Path.Combine(environment.ContentRootPath,
                string.IsNullOrWhiteSpace(o.PickupDirectory) ? Path.Combine(database.DataDirectory, "mail") : o.PickupDirectory)));
        services.AddSingleton<IDeploymentEnvironment>(new HostDeploymentEnvironment(environment.IsDevelopment()));
        services.AddSingleton<IEmailSender, MailKitEmailSender>();
        services.AddSingleton<IMailboxValidator, MailKitMailboxValidator>();

        // Through the outbound URL policy's connector, which follows no redirect: the Authorization header must not follow
        // Greenhouse's PATCH elsewhere; a 3xx is retried.
        services.AddHttpClient<ICompletionCallbackClient, CompletionCallbackClient>(c => c.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(provider => provider.GetRequiredService<GuardedConnector>().CreateHandler())
            .RedactLoggedHeaders(_ => true);

        // The durable outbox that delivers both, and the invitation reminders.
        services.AddValidatedOptions<OutboxOptions, OutboxOptionsValidator>(configuration, OutboxOptions.Section);
        services.AddHostedService<OutboxDispatcher>();
        return services;
    }

    private sealed record HostDeploymentEnvironment(bool IsDevelopment) : IDeploymentEnvironment;
}
