using Partner.Application.Common.Exceptions;
using Partner.Domain.Common;

namespace Partner.Application.DatabricksSelfTesting;

/// <summary>
/// The workspace is the source of truth: it holds at most one self-testing partner (contract: "there can only be one
/// self-testing partner per workspace"), so no local copy of the id can go stale.
/// </summary>
public static class SelfTestPartnerLookup
{
    public static async Task<SelfTestPartnerSummary> FindAsync(IDatabricksWorkspaceClient workspace, string name,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var partners = await workspace.GetSelfTestPartnersAsync(cancellationToken);
        return partners.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal))
            ?? (partners.Count > 0 ? partners[0] : null)
            ?? throw new PartnerException(ErrorReason.NotFound, "The workspace has no self-testing partner.",
                "Create one with POST /admin/self-test-partner.");
    }

    public const string DropsConnectionsNotice =
        "Databricks drops the existing connections of the self-testing partner when it is updated or deleted; connect again from the tile.";
}
