using System.Text.Json.Serialization;

namespace Partner.Domain.DatabricksPartnerConnect.Connections;

/// <summary>
/// The kind of credential a Databricks access token is made from (docs/contracts/databricks-partner-connect.md,
/// "Authentication options"): the PAT itself, a token minted with the service principal's OAuth secret (M2M), or one
/// refreshed with the refresh token a user granted (U2M).
/// </summary>
public enum DatabricksAuthType
{
    [JsonStringEnumMemberName("pat")]
    Pat,

    [JsonStringEnumMemberName("oauth_m2m")]
    OAuthM2M,

    [JsonStringEnumMemberName("oauth_u2m")]
    OAuthU2M,
}
