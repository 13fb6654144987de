using System.Net;
using Partner.Infrastructure.Outbound;

namespace Partner.WebApi.FunctionalTests.Fakes;

/// <summary>DNS with planted answers (e.g. an allowed-looking name that resolves to 127.0.0.1); real DNS for other names.</summary>
public sealed class FakeDns(IReadOnlyDictionary<string, IPAddress> answers) : IHostAddressResolver
{
    private readonly DnsHostAddressResolver _real = new();

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        answers.TryGetValue(host, out var address) ? Task.FromResult(new[] { address }) : _real.ResolveAsync(host, cancellationToken);
}
