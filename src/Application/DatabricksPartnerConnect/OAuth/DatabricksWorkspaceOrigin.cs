using Partner.Application.Common.Outbound;

namespace Partner.Application.DatabricksPartnerConnect.OAuth;

/// <summary>contract: a workspace is contacted at the origin of its workspace_url, and only where the outbound URL policy allows.</summary>
public static class DatabricksWorkspaceOrigin
{
    /// <summary>The origin with a trailing slash, or why the workspace may not be contacted.</summary>
    public static (Uri? Origin, string? Refusal) Of(OutboundUrlPolicy policy, string workspaceUrl)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (!Uri.TryCreate(workspaceUrl, UriKind.Absolute, out var uri))
        {
            return (null, "The workspace is not contacted: the connection's workspace_url is not an absolute https URL.");
        }

        return policy.Refusal(OutboundDestination.DatabricksWorkspace, uri) is { } refusal
            ? (null, $"The workspace is not contacted: {refusal}")
            : (new Uri(uri.GetLeftPart(UriPartial.Authority) + "/"), null);
    }
}
