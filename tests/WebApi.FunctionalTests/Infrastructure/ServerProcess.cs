using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Partner.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// The real server as a separate process (the built Partner.WebApi.dll on Kestrel, loopback only), for tests that must
/// kill it: <see cref="Kill"/> sends SIGKILL, so nothing gets to flush or shut down. It cannot be a
/// <see cref="PartnerApiFactory"/>: that host runs inside the test process, which a SIGKILL would end too, and never runs
/// the command line (check, migrate, rotate-keys, --version) or reads the environment and working directory as a
/// deployment does. Every other test starts its host with <see cref="PartnerApiFactory"/>.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <param name="workingDirectory">Where the process starts (default: the app's directory).</param>
    public static async Task<ServerProcess> StartAsync(IDictionary<string, string> settings, TimeSpan? timeout = null, string? workingDirectory = null)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [AppAssembly()])
        {
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(AppAssembly())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString();
        start.Environment["DataProtection__AllowUnencryptedKeys"] = "true";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                errors.Enqueue(line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, baseAddress);
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                process.WaitForExit();
                throw new InvalidOperationException(
                    $"The server exited with code {process.ExitCode} before it was healthy:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
            }

            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(50);
        }

        server.Dispose();
        throw new TimeoutException("The server did not become healthy in time.");
    }

    /// <summary>
    /// Runs the app to its exit (an app that starts is stopped after <paramref name="timeout"/>): the exit code and what it
    /// wrote. Settings become environment variables; Production unless ASPNETCORE_ENVIRONMENT is among them.
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunToExitAsync(IDictionary<string, string> settings,
        string workingDirectory, IEnumerable<string>? args = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet", [AppAssembly(), .. args ?? []])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{FreePort()}";
        start.Environment["DataProtection__AllowUnencryptedKeys"] = "true";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        return (process.ExitCode, await output, await errors);
    }

    /// <summary>The built app, for tests that run it themselves.</summary>
    public static string AppPath => AppAssembly();

    /// <summary>SIGKILL: the process dies at once, mid-request.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    /// <summary>The WebApi build next to this test build (src/WebApi/bin/&lt;configuration&gt;/net10.0).</summary>
    private static string AppAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(RepositoryRoot.Path, "src", "WebApi", "bin", configuration, "net10.0", "Partner.WebApi.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first.", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
