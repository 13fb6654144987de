using System.Net;
using System.Net.Sockets;
using Partner.Application.Common.Outbound;

namespace Partner.Infrastructure.Outbound;

/// <summary>
/// Checks every address a call made on someone else's word resolves to, at connect time, and connects only to those:
/// checking the addresses actually used is what makes DNS rebinding fail.
/// </summary>
public sealed class GuardedConnector(IHostAddressResolver resolver, OutboundUrlPolicy policy)
{
    /// <summary>The handler of the guarded HttpClients: this connector, no redirects, no proxy (it would resolve the host itself).</summary>
    public SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        ConnectCallback = ConnectAsync,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    };

    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var addresses = await resolver.ResolveAsync(HostAllowList.Normalize(host), cancellationToken);
        foreach (var address in addresses)
        {
            if (policy.AddressRefusal(host, address) is { } refusal)
            {
                throw new OutboundAddressRefusedException(refusal);
            }
        }

        return addresses.Length > 0 ? addresses : throw new SocketException((int)SocketError.HostNotFound);
    }

    public async Task<Socket> ConnectSocketAsync(string host, int port, CancellationToken cancellationToken)
    {
        var addresses = await ResolveAsync(host, cancellationToken);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, port, cancellationToken);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = await ConnectSocketAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, cancellationToken);
        return new NetworkStream(socket, ownsSocket: true);
    }
}
