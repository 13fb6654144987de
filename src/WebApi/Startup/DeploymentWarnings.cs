using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Operations;
using Partner.Infrastructure.Security;

namespace Partner.WebApi.Startup;

/// <summary>
/// What the start says once, with what to do: settings that run but cannot serve Databricks (the readiness check fails
/// on them too), an unencrypted key ring and a missing AutoMapper licence (whose libraries' own notices are not written:
/// SafeConsoleFormatter.IsReportedByProgram). Development hears of the last two at Information level only.
/// </summary>
public static class DeploymentWarnings
{
    public static void WarnAboutDeployment(this IServiceProvider services)
    {
        var environment = services.GetRequiredService<IHostEnvironment>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Partner.Startup");
        var level = environment.IsDevelopment() ? LogLevel.Information : LogLevel.Warning;
        if (services.GetRequiredService<KeyRingCertificates>().Current is null)
        {
            logger.Log(level, "The Data Protection key ring is not encrypted (no DataProtection:Certificate): a copy of the database would decrypt "
                + "every stored secret. Outside Development set DataProtection:Certificate:Path, then run rotate-keys (docs/operations.md \"Security\").");
        }

        if (string.IsNullOrWhiteSpace(services.GetRequiredService<IConfiguration>()["AutoMapper:LicenseKey"]))
        {
            logger.Log(level, "AutoMapper:LicenseKey is not set: AutoMapper 15+ may run unlicensed for development and tests only; production needs "
                + "a licence key from Lucky Penny Software in AutoMapper:LicenseKey (docs/decisions/0003-automapper-license.md).");
        }

        if (environment.IsDevelopment())
        {
            return;
        }

        if (DeploymentRules.PublicBaseUrlProblem(services.GetRequiredService<IOptions<PartnerConfig>>().Value.BaseUrl) is { } problem)
        {
            logger.LogWarning("{Problem} Every redirect_uri and e-mailed link is built on it (GET /admin/readiness).", problem);
        }
    }
}
