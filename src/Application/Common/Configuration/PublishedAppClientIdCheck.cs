using Microsoft.Extensions.Options;

namespace Partner.Application.Common.Configuration;

/// <summary>A PartnerConfig with AUTH_OAUTH_U2M and is_published_app true needs the published app's client id at start.</summary>
public sealed class PublishedAppClientIdCheck(IOptions<PartnerConfig> partnerConfig) : IValidateOptions<DatabricksOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabricksOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return partnerConfig.Value.UsesPublishedApp && string.IsNullOrWhiteSpace(options.OAuth.PublishedAppClientId)
            ? ValidateOptionsResult.Fail("Databricks:OAuth:PublishedAppClientId is required: the PartnerConfig has AUTH_OAUTH_U2M with is_published_app true.")
            : ValidateOptionsResult.Success;
    }
}
