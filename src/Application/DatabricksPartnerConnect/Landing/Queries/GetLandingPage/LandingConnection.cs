namespace Partner.Application.DatabricksPartnerConnect.Landing.Queries.GetLandingPage;

/// <summary>
/// One Databricks connection of the visit's workspace, without any credential. <see cref="UsesOAuthU2M"/>: a user can
/// authorize it (Authorize Databricks); <see cref="AuthorizedAt"/>: when someone last did.
/// </summary>
public sealed record LandingConnection(
    Guid Id, string WorkspaceHost, long WorkspaceId, string CloudProvider, string? ComputeKind, string? ComputeId, DateTimeOffset CreatedAt,
    bool UsesOAuthU2M = false, DateTimeOffset? AuthorizedAt = null)
{
    public static LandingConnection From(Domain.DatabricksPartnerConnect.Connections.Connection connection, bool usesOAuthU2M)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var host = Uri.TryCreate(connection.WorkspaceUrl, UriKind.Absolute, out var url) ? url.Host : connection.Hostname;
        var kind = string.IsNullOrEmpty(connection.ClusterId) ? null : connection.IsSqlWarehouse ? "SQL warehouse" : "Cluster";
        return new LandingConnection(connection.Id, host, connection.WorkspaceId, connection.CloudProvider, kind, connection.ClusterId,
            connection.CreatedAt, usesOAuthU2M, connection.ProtectedRefreshToken is null ? null : connection.AuthorizedAt);
    }

    /// <summary>A U2M connection nobody has authorized (or whose authorization Databricks no longer accepts).</summary>
    public bool NeedsAuthorization => UsesOAuthU2M && AuthorizedAt is null;
}
