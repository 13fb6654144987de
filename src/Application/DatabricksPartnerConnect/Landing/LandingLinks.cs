using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Exceptions;
using Partner.Application.DatabricksPartnerConnect.Interfaces;
using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Landing;

public sealed class LandingLinks(IOpaqueTokenService tokens, IOptions<PartnerConfig> partnerConfig, IOptions<PartnerConnectOptions> options)
{
    public string For(RedirectTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var token = tokens.Issue(RedirectTicket.Purpose, ticket, options.Value.RedirectTokenLifetime);
        return $"{LandingPaths.Combine(partnerConfig.Value.BaseUrl, LandingPaths.For(ticket.RedirectValue))}?token={Uri.EscapeDataString(token)}";
    }

    /// <summary>contract: 409 authorization_required, naming the sign-in page of the connection's account, which offers Authorize Databricks.</summary>
    public PartnerException AuthorizationRequired(Connection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var url = For(new RedirectTicket(RedirectValue.SignIn, connection.AccountId, connection.CreatedByUserId, connection.Id));
        return new PartnerException(ErrorReason.AuthorizationRequired,
            "Nobody has authorized this connection through Databricks OAuth yet: a user of the workspace must open authorization_url and choose Authorize Databricks.",
            $"Connection {connection.Id} uses OAuth U2M and holds no refresh token.")
        {
            AuthorizationUrl = url,
        };
    }
}
