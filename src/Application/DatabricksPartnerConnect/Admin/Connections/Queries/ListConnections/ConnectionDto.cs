using AutoMapper;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Admin.Connections.Queries.ListConnections;

/// <summary>A connection as operators see it: no secrets, only whether one is held.</summary>
public sealed record ConnectionDto
{
    public Guid Id { get; init; }

    public Guid AccountId { get; init; }

    public Guid CreatedByUserId { get; init; }

    public long WorkspaceId { get; init; }

    public string CloudProvider { get; init; } = string.Empty;

    public string Hostname { get; init; } = string.Empty;

    public int Port { get; init; }

    public string WorkspaceUrl { get; init; } = string.Empty;

    public string? HttpPath { get; init; }

    public string? ClusterId { get; init; }

    public bool IsSqlWarehouse { get; init; }

    public string? CatalogName { get; init; }

    public string? ServicePrincipalId { get; init; }

    public bool HasPersonalAccessToken { get; init; }

    [System.Text.Json.Serialization.JsonPropertyName("has_oauth_secret")]
    public bool HasOAuthSecret { get; init; }

    public bool IsDemo { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DeletedAt { get; init; }

    internal sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Connection, ConnectionDto>()
            .ForMember(d => d.HasPersonalAccessToken, o => o.MapFrom(s => s.ProtectedPersonalAccessToken != null))
            .ForMember(d => d.HasOAuthSecret, o => o.MapFrom(s => s.ProtectedOAuthSecret != null));
    }
}
