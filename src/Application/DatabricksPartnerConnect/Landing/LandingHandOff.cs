using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Partner.Application.DatabricksPartnerConnect.Landing;

/// <summary>
/// The signed hand-off to the partner's application (Landing:HandOffUrl). The URL gets the query parameters
/// redirect_value, account_id, user_id, connection_id, workspace_id (empty when unknown), expires (Unix seconds) and,
/// for an OAuth U2M connection nobody has authorized, authorize_url (where the partner's application sends the user to
/// authorize it),
/// then signature = lower-case hex HMAC-SHA256, keyed with Landing:HandOffSecret (UTF-8), of the query string before
/// "&amp;signature=" exactly as sent. The partner's application recomputes it, compares in constant time, and refuses
/// an expired or unsigned visit. No e-mail address or secret travels in the URL.
/// </summary>
public static class LandingHandOff
{
    public static string Build(string handOffUrl, string secret, RedirectTicket ticket, long? workspaceId, DateTimeOffset expires,
        string? authorizeUrl = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var parameters = new List<(string Name, string Value)>
        {
            ("redirect_value", System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(ticket.RedirectValue.ToString())),
            ("account_id", ticket.AccountId.ToString()),
            ("user_id", ticket.UserId?.ToString() ?? string.Empty),
            ("connection_id", ticket.ConnectionId?.ToString() ?? string.Empty),
            ("workspace_id", workspaceId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
            ("expires", expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        };
        if (authorizeUrl is not null)
        {
            parameters.Add(("authorize_url", authorizeUrl));
        }

        var query = string.Join('&', parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
        var separator = handOffUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return $"{handOffUrl}{separator}{query}&signature={Sign(secret, query)}";
    }

    public static string Sign(string secret, string query) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(query)));
}
