using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.GreenhouseAssessment;

namespace Partner.Application.Operations.Readiness;

public sealed class ConfigurationReadinessProbe(
    IOptions<PartnerConfig> partnerConfig, IOptions<PartnerConnectOptions> partnerConnect, IOptions<GreenhouseOptions> greenhouse)
    : IReadinessProbe
{
    public int Order => 0;

    public Task<IReadOnlyList<ReadinessCheck>> CheckAsync(CancellationToken cancellationToken)
    {
        var config = partnerConfig.Value;
        var host = Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out var baseUrl) ? baseUrl.Host : config.BaseUrl;
        IReadOnlyList<ReadinessCheck> checks =
        [
            DeploymentRules.PublicBaseUrlProblem(config.BaseUrl) is { } problem
                ? ReadinessCheck.Fail("Public https base_url", problem,
                    "Set the PartnerConfig base_url to the https address Databricks and users reach (behind a proxy: the public one).")
                : ReadinessCheck.Pass("Public https base_url", config.BaseUrl),
            config.Hostnames.Contains(host, StringComparer.OrdinalIgnoreCase)
                ? ReadinessCheck.Pass("Hostnames", $"hostnames ({string.Join(", ", config.Hostnames)}) include {host}.")
                : ReadinessCheck.Fail("Hostnames", $"hostnames ({string.Join(", ", config.Hostnames)}) do not include {host}.",
                    "Add the base_url host to the PartnerConfig hostnames."),
            partnerConnect.Value.Credentials.Count > 0
                ? ReadinessCheck.Pass("Databricks credentials", $"{partnerConnect.Value.Credentials.Count} Basic credential(s) configured.")
                : ReadinessCheck.Fail("Databricks credentials", "No Basic credential is configured.",
                    "Set PartnerConnect:Credentials:0:Username and :Password and give them to Databricks."),
            string.IsNullOrWhiteSpace(greenhouse.Value.AssessmentUrl)
                ? ReadinessCheck.Fail("Assessment URL", "Greenhouse:AssessmentUrl is not set: a candidate's Start ends on a page saying the test started.",
                    "Set Greenhouse:AssessmentUrl to the assessment product's start page.")
                : ReadinessCheck.Pass("Assessment URL", greenhouse.Value.AssessmentUrl),
        ];
        return Task.FromResult(checks);
    }
}
