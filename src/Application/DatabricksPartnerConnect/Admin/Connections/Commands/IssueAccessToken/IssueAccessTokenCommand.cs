using System.Text.Json.Serialization;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Admin.Connections.Commands.IssueAccessToken;

/// <summary>The optional body of POST /admin/connections/{id}/access-token.</summary>
public sealed record IssueAccessTokenCommand : IRequest<AccessTokenResult>
{
    /// <summary>The connection, from the route.</summary>
    [JsonIgnore]
    public Guid ConnectionId { get; init; }

    /// <summary>Who asks (the admin key's name, e.g. Admin:ScopedKeys:0), from authentication; for the audit log.</summary>
    [JsonIgnore]
    public string Caller { get; init; } = string.Empty;

    /// <summary>Which credential the token is made from. Default: the service principal's (oauth_m2m, else pat), else the user's (oauth_u2m).</summary>
    /// <example>oauth_u2m</example>
    public DatabricksAuthType? AuthType { get; init; }
}
