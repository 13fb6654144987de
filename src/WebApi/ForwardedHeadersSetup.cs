using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Partner.WebApi;

/// <summary>
/// The ForwardedHeaders section: behind a load balancer or reverse proxy, take the client address and scheme from
/// X-Forwarded-For / X-Forwarded-Proto, trusting only the listed proxies (loopback is always trusted). Rate limits and
/// the 401 slow-down key on that client address.
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
