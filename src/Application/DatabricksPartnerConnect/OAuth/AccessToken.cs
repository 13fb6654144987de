using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.OAuth;

/// <summary>A Databricks access token for a connection; <see cref="ExpiresAt"/> is null for a PAT. <see cref="ToString"/> hides it.</summary>
public sealed record AccessToken(string Value, DatabricksAuthType AuthType, DateTimeOffset? ExpiresAt)
{
    public override string ToString() => $"AccessToken {{ AuthType = {AuthType}, ExpiresAt = {ExpiresAt} }}";
}
