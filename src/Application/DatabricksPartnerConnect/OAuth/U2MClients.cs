using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.OAuth;

/// <summary>
/// contract: the OAuth client a connection's U2M authorization uses: the partner's published app
/// (Databricks:OAuth:PublishedAppClientId) when the PartnerConfig says is_published_app, else the app Partner Connect
/// created in the workspace (the connect request's oauth_u2m_app_id). None when the PartnerConfig has no AUTH_OAUTH_U2M.
/// </summary>
public sealed class U2MClients(IOptions<PartnerConfig> partnerConfig, IOptions<DatabricksOptions> databricks)
{
    public bool IsConfigured => partnerConfig.Value.UsesOAuthU2M;

    public string? ClientIdFor(Connection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return ClientIdFor(connection.OAuthU2mAppId);
    }

    public string? ClientIdFor(string? oauthU2mAppId)
    {
        var config = partnerConfig.Value;
        if (!config.UsesOAuthU2M)
        {
            return null;
        }

        return config.UsesPublishedApp
            ? databricks.Value.OAuth.PublishedAppClientId
            : string.IsNullOrWhiteSpace(oauthU2mAppId) ? null : oauthU2mAppId;
    }
}
