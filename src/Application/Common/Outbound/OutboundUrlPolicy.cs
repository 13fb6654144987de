using System.Net;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.GreenhouseAssessment;

namespace Partner.Application.Common.Outbound;

public enum OutboundDestination
{
    /// <summary>send_test's url, PATCHed when the test is complete.</summary>
    GreenhouseCallback,

    /// <summary>A connection's workspace_url, checked by test-connection.</summary>
    DatabricksWorkspace,
}

/// <summary>The address rule is checked here and again, after DNS resolution, on every address a call actually connects to.</summary>
public sealed class OutboundUrlPolicy(IOptions<OutboundOptions> outbound, IOptions<GreenhouseOptions> greenhouse, IOptions<DatabricksOptions> databricks)
{
    public string? Refusal(OutboundDestination destination, Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var (field, hosts, hostsKey) = destination == OutboundDestination.GreenhouseCallback
            ? ("url", greenhouse.Value.EffectiveCallbackHosts, "Greenhouse:CallbackHosts")
            : ("workspace_url", databricks.Value.EffectiveWorkspaceHosts, "Databricks:WorkspaceHosts");
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return $"{field} must be an absolute https URL.";
        }

        var allowHttp = outbound.Value.AllowHttp || (destination == OutboundDestination.DatabricksWorkspace && databricks.Value.AllowInsecureHttp);
        if (url.Scheme == Uri.UriSchemeHttp && !allowHttp)
        {
            return $"{field} must use https: plain http is refused (Outbound:AllowHttp permits it, for tests only).";
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            return $"{field} must not carry a user name or password.";
        }

        var host = HostAllowList.Normalize(url.IdnHost);
        if (!HostAllowList.Allows(hosts, host))
        {
            return $"{field}'s host {host} is not on the allow-list {hostsKey} ({string.Join(", ", hosts)}).";
        }

        return IPAddress.TryParse(host, out var address) ? AddressRefusal(host, address) : null;
    }

    public string? AddressRefusal(string host, IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (outbound.Value.AllowPrivateAddresses || NonPublicAddresses.Kind(address) is not { } kind)
        {
            return null;
        }

        var what = IPAddress.TryParse(HostAllowList.Normalize(host), out _) ? $"{host} is" : $"{host} resolves to";
        return $"{what} {kind} address, which outbound calls never reach (Outbound:AllowPrivateAddresses permits it, for tests only).";
    }
}
