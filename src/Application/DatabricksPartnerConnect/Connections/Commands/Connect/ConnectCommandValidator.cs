using Partner.Application.DatabricksPartnerConnect.OAuth;
using Partner.Domain.Common;
using Partner.Application.DatabricksPartnerConnect.Validation;

namespace Partner.Application.DatabricksPartnerConnect.Connections.Commands.Connect;

/// <summary>
/// Never queries the database. Under AUTH_OAUTH_U2M Databricks sends neither PAT nor OAuth secret, so a new connection
/// may instead name an OAuth app a user authorizes later (<see cref="U2MClients"/>).
/// </summary>
public sealed class ConnectCommandValidator : AbstractValidator<ConnectCommand>
{
    public ConnectCommandValidator(U2MClients clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        this.RuleForField(c => c.UserInfo.Email).Cascade(CascadeMode.Stop).NotEmpty().EmailAddress().MaximumLength(TextLimits.Email)
            .Must(e => EmailDomain.TryFromEmail(e, out _)).WithMessage("user_info.email needs a domain name after '@'.");
        this.RuleForField(c => c.UserInfo.FirstName).MaximumLength(TextLimits.Name);
        this.RuleForField(c => c.UserInfo.LastName).MaximumLength(TextLimits.Name);
        this.RuleForField(c => c.UserInfo.DatabricksOrganizationId).Equal(c => c.WorkspaceId)
            .WithMessage("user_info.databricks_organization_id must equal workspace_id.");
        this.RuleForField(c => c.UserInfo.Auth!.PersonalAccessToken).MaximumLength(TextLimits.Secret).When(c => c.UserInfo.Auth is not null);
        RuleFor(c => c)
            .Must(c => !string.IsNullOrEmpty(c.UserInfo.Auth?.PersonalAccessToken) || !string.IsNullOrEmpty(c.ServicePrincipalOauthSecret)
                || clients.ClientIdFor(c.OauthU2mAppId) is not null)
            .When(c => !c.UserInfo.IsConnectionEstablished && !c.Demo)
            .OverridePropertyName("user_info.auth")
            .WithMessage(c => !clients.IsConfigured
                ? "user_info.auth.personal_access_token (or service_principal_oauth_secret) is required when is_connection_established is false."
                : "user_info.auth.personal_access_token, service_principal_oauth_secret or oauth_u2m_app_id (AUTH_OAUTH_U2M, per-workspace app) is required when is_connection_established is false.");
        this.RuleForField(c => c.ServicePrincipalId).NotEmpty().When(c => !string.IsNullOrEmpty(c.ServicePrincipalOauthSecret))
            .WithMessage("service_principal_id is required with service_principal_oauth_secret: it is the OAuth client id.");
        this.RuleForField(c => c.ConnectionId).NotEmpty().When(c => c.UserInfo.IsConnectionEstablished)
            .WithMessage("connection_id is required when is_connection_established is true.");
        this.RuleForField(c => c.ConnectionId).MaximumLength(TextLimits.Identifier);
        this.RuleForField(c => c.Hostname).NotEmpty().MaximumLength(TextLimits.HostName);
        this.RuleForField(c => c.Port).InclusiveBetween(1, 65535);
        this.RuleForField(c => c.WorkspaceUrl).NotEmpty().MaximumLength(TextLimits.Url)
            .Must(HttpUrl.IsAbsolute).WithMessage("workspace_url must be an absolute http(s) URL.");
        this.RuleForField(c => c.CloudProvider).MustBeCloudProvider();
        this.RuleForField(c => c.HttpPath).MaximumLength(TextLimits.HttpPath);
        this.RuleForField(c => c.JdbcUrl).MaximumLength(TextLimits.Url);
        this.RuleForField(c => c.DatabricksJdbcUrl).MaximumLength(TextLimits.Url);
        this.RuleForField(c => c.ClusterId).MaximumLength(TextLimits.Name);
        this.RuleForField(c => c.CatalogName).MaximumLength(TextLimits.HostName);
        this.RuleForField(c => c.DestinationLocation).MaximumLength(TextLimits.Url);
        this.RuleForField(c => c.ServicePrincipalId).MaximumLength(TextLimits.Name);
        this.RuleForField(c => c.ServicePrincipalOauthSecret).MaximumLength(TextLimits.Secret);
        this.RuleForField(c => c.OauthU2mAppId).MaximumLength(TextLimits.Name);
        this.RuleForField(c => c.CloudProviderRegion).MaximumLength(TextLimits.Identifier);
    }
}
