using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Partner.WebApi;

/// <summary>
/// Behind a load balancer or reverse proxy, the client address and scheme come from X-Forwarded-For / -Proto of the listed
/// proxies only (loopback is always trusted); rate limits and the 401 slow-down key on that address.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    public bool Enabled { get; set; }

    /// <summary>IP addresses of trusted proxies, e.g. 10.0.0.4.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. 10.0.0.0/16.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public static void Configure(ForwardedHeadersOptions options, ForwardedHeadersSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var proxy in settings.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in settings.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
