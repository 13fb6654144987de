using Partner.Application.Common.Validation;
using Partner.Domain.Common;

namespace Partner.Application.DatabricksPartnerConnect.Connections.Commands.Connect;

/// <summary>Shape of a Connect request. Never queries the database.</summary>
public sealed class ConnectCommandValidator : AbstractValidator<ConnectCommand>
{
    public static readonly string[] CloudProviders = ["aws", "azure", "gcp"];

    public ConnectCommandValidator()
    {
        RuleFor(c => c.UserInfo.Email).Cascade(CascadeMode.Stop).NotEmpty().EmailAddress().MaximumLength(320)
            .Must(e => EmailDomain.TryFromEmail(e, out _)).WithMessage("user_info.email needs a domain name after '@'.")
            .OverridePropertyName("user_info.email");
        RuleFor(c => c.UserInfo.FirstName).MaximumLength(200).OverridePropertyName("user_info.first_name");
        RuleFor(c => c.UserInfo.LastName).MaximumLength(200).OverridePropertyName("user_info.last_name");
        RuleFor(c => c.UserInfo.DatabricksOrganizationId).Equal(c => c.WorkspaceId)
            .OverridePropertyName("user_info.databricks_organization_id")
            .WithMessage("user_info.databricks_organization_id must equal workspace_id.");
        RuleFor(c => c.UserInfo.Auth!.PersonalAccessToken).MaximumLength(4096).When(c => c.UserInfo.Auth is not null)
            .OverridePropertyName("user_info.auth.personal_access_token");
        RuleFor(c => c)
            .Must(c => !string.IsNullOrEmpty(c.UserInfo.Auth?.PersonalAccessToken) || !string.IsNullOrEmpty(c.ServicePrincipalOauthSecret))
            .When(c => !c.UserInfo.IsConnectionEstablished && !c.Demo)
            .OverridePropertyName("user_info.auth")
            .WithMessage("user_info.auth.personal_access_token (or service_principal_oauth_secret) is required when is_connection_established is false.");
        RuleFor(c => c.ConnectionId).NotEmpty().When(c => c.UserInfo.IsConnectionEstablished)
            .OverridePropertyName("connection_id")
            .WithMessage("connection_id is required when is_connection_established is true.");
        RuleFor(c => c.ConnectionId).MaximumLength(100).OverridePropertyName("connection_id");
        RuleFor(c => c.Hostname).NotEmpty().MaximumLength(255).OverridePropertyName("hostname");
        RuleFor(c => c.Port).InclusiveBetween(1, 65535).OverridePropertyName("port");
        RuleFor(c => c.WorkspaceUrl).NotEmpty().MaximumLength(2048)
            .Must(HttpUrl.IsAbsolute)
            .OverridePropertyName("workspace_url").WithMessage("workspace_url must be an absolute http(s) URL.");
        RuleFor(c => c.CloudProvider).Must(p => CloudProviders.Contains(p)).OverridePropertyName("cloud_provider")
            .WithMessage("cloud_provider must be aws, azure or gcp.");
        RuleFor(c => c.HttpPath).MaximumLength(1024).OverridePropertyName("http_path");
        RuleFor(c => c.JdbcUrl).MaximumLength(2048).OverridePropertyName("jdbc_url");
        RuleFor(c => c.DatabricksJdbcUrl).MaximumLength(2048).OverridePropertyName("databricks_jdbc_url");
        RuleFor(c => c.ClusterId).MaximumLength(200).OverridePropertyName("cluster_id");
        RuleFor(c => c.CatalogName).MaximumLength(255).OverridePropertyName("catalog_name");
        RuleFor(c => c.DestinationLocation).MaximumLength(2048).OverridePropertyName("destination_location");
        RuleFor(c => c.ServicePrincipalId).MaximumLength(200).OverridePropertyName("service_principal_id");
        RuleFor(c => c.ServicePrincipalOauthSecret).MaximumLength(4096).OverridePropertyName("service_principal_oauth_secret");
        RuleFor(c => c.OauthU2mAppId).MaximumLength(200).OverridePropertyName("oauth_u2m_app_id");
        RuleFor(c => c.CloudProviderRegion).MaximumLength(100).OverridePropertyName("cloud_provider_region");
    }
}
