using System.Net;
using System.Net.Sockets;

namespace Partner.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// A TCP forwarder between the app and its database server, to take the database away without stopping a server other
/// fixtures share: <see cref="Refuse"/> drops every connection and refuses new ones (a stopped server),
/// <see cref="Blackhole"/> keeps connections open but silent (a lost network), <see cref="Restore"/> forwards again.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _target;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly List<Socket> _open = [];
    private volatile Mode _mode = Mode.Forward;
    private Task? _accepting;

    private TcpProxy(IPEndPoint target) => _target = target;

    private enum Mode
    {
        Forward,
        Refuse,
        Blackhole,
    }

    public int Port { get; private set; }

    public static TcpProxy Start(int targetPort)
    {
        var proxy = new TcpProxy(new IPEndPoint(IPAddress.Loopback, targetPort));
        proxy._listener.Start();
        proxy.Port = ((IPEndPoint)proxy._listener.LocalEndpoint).Port;
        proxy._accepting = proxy.AcceptAsync();
        return proxy;
    }

    public void Refuse()
    {
        _mode = Mode.Refuse;
        CloseAll();
    }

    public void Blackhole()
    {
        _mode = Mode.Blackhole;
    }

    public void Restore()
    {
        CloseAll();
        _mode = Mode.Forward;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        CloseAll();
        if (_accepting is not null)
        {
            await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            if (_mode == Mode.Refuse)
            {
                client.Close(0); // a reset at once, as from a port nobody listens on
                continue;
            }

            Track(client);
            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(Socket client)
    {
        var server = new Socket(SocketType.Stream, ProtocolType.Tcp);
        Track(server);
        try
        {
            if (_mode == Mode.Blackhole)
            {
                return; // held open, never answered: the client waits
            }

            await server.ConnectAsync(_target, _stop.Token);
            await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }
        finally
        {
            if (_mode != Mode.Blackhole)
            {
                client.Close(0);
                server.Close(0);
            }
        }
    }

    /// <summary>Copies until either side closes; in blackhole mode the bytes are swallowed.</summary>
    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var read = await from.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
            if (read == 0)
            {
                return;
            }

            if (_mode == Mode.Blackhole)
            {
                continue;
            }

            await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stop.Token);
        }
    }

    private void Track(Socket socket)
    {
        lock (_gate)
        {
            _open.Add(socket);
        }
    }

    private void CloseAll()
    {
        lock (_gate)
        {
            foreach (var socket in _open)
            {
                try
                {
                    socket.Close(0);
                }
                catch (ObjectDisposedException)
                {
                }
            }

            _open.Clear();
        }
    }
}
