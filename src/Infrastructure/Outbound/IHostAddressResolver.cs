using System.Net;

namespace Partner.Infrastructure.Outbound;

/// <summary>DNS for outbound calls; replaced in tests to play a host that resolves to a forbidden address.</summary>
public interface IHostAddressResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

public sealed class DnsHostAddressResolver : IHostAddressResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host, out var address) ? Task.FromResult(new[] { address }) : Dns.GetHostAddressesAsync(host, cancellationToken);
}
