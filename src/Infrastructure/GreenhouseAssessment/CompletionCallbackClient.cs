using System.Net.Http.Headers;
using System.Text;
using Partner.Application.GreenhouseAssessment.Interfaces;
using Partner.Application.GreenhouseAssessment.Outbox;
using Partner.Infrastructure.Outbound;

namespace Partner.Infrastructure.GreenhouseAssessment;

/// <summary>
/// docs/greenhouse.md "The contract": PATCH &lt;url&gt;, Basic auth with the organization's key as user name and an empty
/// password, no body. Its HttpClient connects through <see cref="GuardedConnector"/>: a host that resolves to an address
/// outbound calls never reach is a permanent failure, and nothing is sent to it.
/// </summary>
public sealed class CompletionCallbackClient(HttpClient http) : ICompletionCallbackClient
{
    public async Task<int> PatchAsync(Uri url, string apiKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(apiKey + ":")));
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException ex) when (OutboundAddressRefusedException.Find(ex) is { } refused)
        {
            throw new OutboxDeliveryException($"The callback is not sent: {refused.Message}") { IsPermanent = true };
        }
    }
}
