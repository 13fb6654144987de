using Microsoft.Extensions.Options;
using Partner.Domain.Common;

namespace Partner.Application.Common.Configuration;

/// <summary>Checks the Databricks section at start; messages name the configuration key.</summary>
public sealed class DatabricksOptionsValidator : AbstractValidator<DatabricksOptions>
{
    public static readonly string[] IntegrationTypes =
    [
        "NO_INTEGRATION", "CLUSTER_COMPUTE", "WAREHOUSE_READ", "WAREHOUSE_READ_WRITE", "WAREHOUSE_WRITE", "WORKSPACE_MANAGEMENT",
    ];

    public static readonly string[] SupportedFeatures = ["UNITY_CATALOG", "NON_ADMIN", "EXTERNAL_LOCATION"];

    public DatabricksOptionsValidator(IOptions<PartnerConfig> partnerConfig)
    {
        ArgumentNullException.ThrowIfNull(partnerConfig);
        RuleFor(o => o.Timeout).InclusiveBetween(TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(5))
            .WithMessage("Databricks:Timeout must be between 00:00:00.100 and 00:05:00.");
        RuleFor(o => o.MaxConcurrentChecks).InclusiveBetween(1, 1024).WithMessage("Databricks:MaxConcurrentChecks must be between 1 and 1024.");
        RuleFor(o => o.MaxRetries).InclusiveBetween(0, 10).WithMessage("Databricks:MaxRetries must be between 0 and 10.");
        RuleFor(o => o.RetryDelay).InclusiveBetween(TimeSpan.Zero, TimeSpan.FromMinutes(1))
            .WithMessage("Databricks:RetryDelay must be between 00:00:00 and 00:01:00.");
        RuleFor(o => o.SelfTest.IntegrationType).Must(IntegrationTypes.Contains)
            .WithMessage($"Databricks:SelfTest:IntegrationType must be one of {string.Join(", ", IntegrationTypes)}.");
        RuleForEach(o => o.SelfTest.SupportedFeatures).Must(SupportedFeatures.Contains)
            .WithMessage($"Databricks:SelfTest:SupportedFeatures:N must be one of {string.Join(", ", SupportedFeatures)}.");
        RuleFor(o => o.OAuth.Scopes).Must(s => !string.IsNullOrWhiteSpace(s) && s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("offline_access"))
            .WithMessage("Databricks:OAuth:Scopes must include offline_access (without it Databricks grants no refresh token).");
        RuleFor(o => o.OAuth.StateLifetime).InclusiveBetween(TimeSpan.FromMinutes(1), TimeSpan.FromHours(1))
            .WithMessage("Databricks:OAuth:StateLifetime must be between 00:01:00 and 01:00:00.");
        RuleFor(o => o.OAuth.PublishedAppClientId).MaximumLength(TextLimits.Name)
            .WithMessage("Databricks:OAuth:PublishedAppClientId must be at most 200 characters.");
        RuleForEach(o => o.WorkspaceHosts).Must(Common.Outbound.HostAllowList.IsValidPattern)
            .WithMessage("Databricks:WorkspaceHosts:N must be a host name, *.domain or *; '{PropertyValue}' is not.");
        // Last: reading the PartnerConfig throws when the file itself is invalid, which would hide the rules above.
        RuleFor(o => o.OAuth.PublishedAppClientId).NotEmpty().When(_ => partnerConfig.Value.UsesPublishedApp)
            .WithMessage("Databricks:OAuth:PublishedAppClientId is required: the PartnerConfig has AUTH_OAUTH_U2M with is_published_app true.");
    }
}
