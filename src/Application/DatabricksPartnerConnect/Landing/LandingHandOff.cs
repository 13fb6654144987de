using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Partner.Application.DatabricksPartnerConnect.Landing;

/// <summary>The signed hand-off to the partner's app, in the format docs/databricks.md "Landing pages" gives partners to verify.</summary>
public static class LandingHandOff
{
    public static string Build(string handOffUrl, string secret, RedirectTicket ticket, long? workspaceId, DateTimeOffset expires,
        string? authorizeUrl = null)
    {
        ArgumentNullException.ThrowIfNull(handOffUrl);
        ArgumentNullException.ThrowIfNull(ticket);
        var visit = new JsonObject
        {
            ["account_id"] = ticket.AccountId.ToString(),
            ["user_id"] = ticket.UserId?.ToString(),
            ["connection_id"] = ticket.ConnectionId?.ToString(),
            ["workspace_id"] = workspaceId,
            ["redirect_value"] = JsonNamingPolicy.SnakeCaseLower.ConvertName(ticket.RedirectValue.ToString()),
            ["exp"] = expires.ToUnixTimeSeconds(),
            ["nonce"] = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16)),
        };
        if (authorizeUrl is not null)
        {
            visit["authorize_url"] = authorizeUrl;
        }

        var value = System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(visit.ToJsonString()));
        var separator = handOffUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return $"{handOffUrl}{separator}visit={value}&signature={Sign(secret, value)}";
    }

    public static string Sign(string secret, string visit) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(visit)));
}
