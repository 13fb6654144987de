using System.Text.Json.Serialization;
using Partner.Domain.DatabricksPartnerConnect.Accounts;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Connections.Commands.Connect;

/// <summary>The Connect API's 200 answer.</summary>
public sealed record ConnectResult
{
    /// <summary>The URL Databricks opens in a new tab. Its host is one of the PartnerConfig hostnames.</summary>
    /// <example>https://partner.example.com/create-trial?token=CfDJ8...</example>
    public required string RedirectUri { get; init; }

    /// <summary>Identifies the redirect_uri scenario.</summary>
    public required RedirectValue RedirectValue { get; init; }

    /// <summary>Present only when is_connection_established was false and configured_resources is true.</summary>
    /// <example>7f2e4c43-9714-47cf-9011-d8148eaa27a2</example>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ConnectionId { get; init; }

    /// <summary>Whether the partner has seen the user before.</summary>
    public required UserStatus UserStatus { get; init; }

    /// <summary>Whether the partner has seen the account (the e-mail domain) before.</summary>
    public required AccountStatus AccountStatus { get; init; }

    /// <summary>Whether the partner configured/persisted the Databricks resources on this request.</summary>
    public required bool ConfiguredResources { get; init; }

    /// <summary>Only with AUTH_OAUTH_U2M and no published app: where Databricks' OAuth redirect lands.</summary>
    [JsonPropertyName("oauth_redirect_uri")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OAuthRedirectUri { get; init; }
}
