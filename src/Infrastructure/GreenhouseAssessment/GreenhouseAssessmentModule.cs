using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Partner.Application.GreenhouseAssessment.Interfaces;
using Partner.Infrastructure.GreenhouseAssessment.Email;
using Partner.Infrastructure.Outbound;
using Partner.Infrastructure.Persistence;

namespace Partner.Infrastructure.GreenhouseAssessment;

public static class GreenhouseAssessmentModule
{
    /// <summary>Candidate e-mail (SMTP or a pickup directory) and the completion callback to Greenhouse.</summary>
    public static IServiceCollection AddGreenhouseAssessmentInfrastructure(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment, DatabaseOptions database)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section))
            .PostConfigure(o => o.PickupDirectory = Path.GetFullPath(Path.Combine(environment.ContentRootPath,
                string.IsNullOrWhiteSpace(o.PickupDirectory) ? Path.Combine(database.DataDirectory, "mail") : o.PickupDirectory)))
            .Validate(o => !o.UsesSmtp || o.Smtp.Port is > 0 and <= 65535, "Email:Smtp:Port must be between 1 and 65535.")
            .Validate(o => MimeKit.MailboxAddress.TryParse(o.Smtp.From, out _), "Email:Smtp:From must be an e-mail address, e.g. \"Partner <no-reply@example.com>\".")
            .ValidateOnStart();
        services.AddSingleton<IEmailSender, MailKitEmailSender>();
        services.AddSingleton<IMailboxValidator, MailKitMailboxValidator>();

        // Through the outbound URL policy's connector, which follows no redirect: the Authorization header must not follow
        // Greenhouse's PATCH elsewhere; a 3xx is retried.
        services.AddHttpClient<ICompletionCallbackClient, CompletionCallbackClient>(c => c.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(provider => provider.GetRequiredService<GuardedConnector>().CreateHandler())
            .RedactLoggedHeaders(_ => true);
        return services;
    }
}
