using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Admin.Connections.Commands.IssueAccessToken;

/// <summary>The token service's 200 answer. It never carries a refresh token or a client secret.</summary>
public sealed record AccessTokenResult
{
    /// <summary>The bearer token for the workspace's APIs.</summary>
    /// <example>dapi... or eyJraWQiOi...</example>
    public required string AccessToken { get; init; }

    /// <summary>Always Bearer.</summary>
    /// <example>Bearer</example>
    public string TokenType { get; init; } = "Bearer";

    /// <summary>Seconds the token stays valid; null for a personal access token, whose lifetime Databricks does not tell.</summary>
    /// <example>3599</example>
    public required int? ExpiresIn { get; init; }

    /// <summary>The credential the token was made from: pat, oauth_m2m or oauth_u2m.</summary>
    public required DatabricksAuthType AuthType { get; init; }

    public override string ToString() => $"AccessTokenResult {{ AuthType = {AuthType}, ExpiresIn = {ExpiresIn} }}";
}
