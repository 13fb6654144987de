using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Partner.Application.DatabricksPartnerConnect.Landing;

/// <summary>
/// The signed hand-off to the partner's app (Landing:HandOffUrl; docs/databricks.md "Landing pages"). The URL gets two query
/// parameters: <c>visit</c>, the base64url (no padding) of a UTF-8 JSON object — account_id, user_id, connection_id,
/// workspace_id, redirect_value, exp (Unix seconds), nonce, and for an OAuth U2M connection nobody has authorized
/// authorize_url — and <c>signature</c>, the lowercase hex HMAC-SHA256 of the visit value as sent, keyed with the UTF-8
/// bytes of Landing:HandOffSecret. A verifier reads nothing but <c>visit</c>: it checks the signature in constant time,
/// refuses a passed exp and accepts a nonce once, so parameters appended to the URL change nothing it reads. No e-mail
/// address or secret travels in it.
/// </summary>
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

    /// <summary>The signature of a visit value: lowercase hex HMAC-SHA256, keyed with the secret's UTF-8 bytes.</summary>
    public static string Sign(string secret, string visit) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(visit)));
}
