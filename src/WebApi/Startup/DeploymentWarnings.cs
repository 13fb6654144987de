using Microsoft.Extensions.Options;
using Partner.Application.Configuration;

namespace Partner.WebApi.Startup;

/// <summary>Start-up warnings for settings that run but cannot serve Databricks (the readiness check fails on them too).</summary>
public static class DeploymentWarnings
{
    public static void WarnAboutDeployment(this IServiceProvider services)
    {
        var environment = services.GetRequiredService<IHostEnvironment>();
        if (environment.IsDevelopment())
        {
            return;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Partner.Startup");
        if (DeploymentRules.PublicBaseUrlProblem(services.GetRequiredService<IOptions<PartnerConfig>>().Value.BaseUrl) is { } problem)
        {
            logger.LogWarning("{Problem} Every redirect_uri and e-mailed link is built on it (GET /admin/readiness).", problem);
        }
    }
}
