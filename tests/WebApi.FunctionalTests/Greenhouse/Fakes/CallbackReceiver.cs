using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

/// <summary>
/// Greenhouse's side of the completion callback: a Kestrel server on 127.0.0.1 that records every request and answers
/// each path with the next status of its script (the last status repeats).
/// </summary>
public sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Queue<int>> _scripts = new();
    private readonly ConcurrentDictionary<string, int> _last = new();

    private CallbackReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedCallback> Requests { get; } = new();

    public string BaseUrl { get; private set; } = string.Empty;

    public static async Task<CallbackReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new CallbackReceiver(app);
        app.Run(receiver.HandleAsync);
        await app.StartAsync();
        receiver.BaseUrl = app.Urls.Single().TrimEnd('/');
        return receiver;
    }

    /// <summary>A fresh path answering with <paramref name="statuses"/> in turn (then the last one forever).</summary>
    public string NewUrl(params int[] statuses)
    {
        var path = $"/complete/{Guid.NewGuid():N}";
        _scripts[path] = new Queue<int>(statuses);
        return BaseUrl + path;
    }

    /// <summary>From now on <paramref name="url"/> answers <paramref name="status"/>.</summary>
    public void Answer(string url, int status)
    {
        var path = new Uri(url).AbsolutePath;
        _scripts[path] = new Queue<int>([status]);
        _last.TryRemove(path, out _);
    }

    public IReadOnlyList<ReceivedCallback> For(string url) => [.. Requests.Where(r => r.Path == new Uri(url).AbsolutePath)];

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        int status;
        lock (_scripts)
        {
            status = _scripts.TryGetValue(path, out var script) && script.Count > 0 ? script.Dequeue() : _last.GetValueOrDefault(path, 404);
            _last[path] = status;
        }

        Requests.Enqueue(new ReceivedCallback(context.Request.Method, path, context.Request.Headers.Authorization.ToString(),
            context.Request.ContentLength ?? 0, status));
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedCallback(string Method, string Path, string Authorization, long ContentLength, int AnsweredStatus);
