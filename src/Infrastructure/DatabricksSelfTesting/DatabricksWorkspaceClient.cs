using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Partner.Application.Common.Exceptions;
using Partner.Application.DatabricksSelfTesting;
using Partner.Domain.Common;
using Partner.Infrastructure.Databricks;
using Polly.Timeout;

namespace Partner.Infrastructure.DatabricksSelfTesting;

public sealed class DatabricksWorkspaceClient(HttpClient http, DatabricksWorkspaceLocator locator) : IDatabricksWorkspaceClient
{
    private const string SelfTestPartners = "api/2.0/partnerhub/self-test-partners/";

    public async Task<string> CreateSelfTestPartnerAsync(SelfTestPartner partner, CancellationToken cancellationToken)
    {
        const string operation = "creating the self-testing partner";
        var body = await SendAsync(HttpMethod.Post, SelfTestPartners + "create/", new SelfTestPartnerBody(partner), operation, cancellationToken);
        return DatabricksJson.GetString(body, "id") ?? throw new PartnerException(ErrorReason.UpstreamError,
            $"Databricks answered {operation} without an id.", null) { Upstream = new UpstreamError(200, null, "No id in the answer.") };
    }

    public async Task<IReadOnlyList<SelfTestPartnerSummary>> GetSelfTestPartnersAsync(CancellationToken cancellationToken)
    {
        var body = await SendAsync(HttpMethod.Get, SelfTestPartners + "get/", null, "listing the self-testing partners", cancellationToken);
        // No "partners" key when there is none.
        if (!body.TryGetProperty("partners", out var partners) || partners.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. partners.EnumerateArray()
            .Select(p => new SelfTestPartnerSummary(DatabricksJson.GetString(p, "id") ?? string.Empty, DatabricksJson.GetString(p, "name") ?? string.Empty))
            .Where(p => p.Id.Length > 0)];
    }

    public async Task UpdateSelfTestPartnerAsync(string partnerId, SelfTestPartner partner, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Put, SelfTestPartners + "update/" + Uri.EscapeDataString(partnerId), new SelfTestPartnerBody(partner),
            $"updating self-testing partner {partnerId}", cancellationToken);

    public async Task DeleteSelfTestPartnerAsync(string partnerId, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Delete, SelfTestPartners + "delete/" + Uri.EscapeDataString(partnerId), null,
            $"deleting self-testing partner {partnerId}", cancellationToken);

    public async Task CreateSecretScopeIfMissingAsync(string scope, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(HttpMethod.Post, "api/2.0/secrets/scopes/create", new { scope }, $"creating secret scope {scope}", cancellationToken);
        }
        catch (PartnerException ex) when (ex.Upstream?.ErrorCode == "RESOURCE_ALREADY_EXISTS")
        {
            // The scope is there from an earlier create: exactly what is needed.
        }
    }

    public async Task PutSecretAsync(string scope, string key, string value, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Post, "api/2.0/secrets/put", new { scope, key, string_value = value },
            $"storing secret {key} in scope {scope}", cancellationToken);

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, string operation, CancellationToken cancellationToken)
    {
        var workspace = locator.Locate();
        using var request = new HttpRequestMessage(method, new Uri(workspace.Host, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", workspace.Token);
        if (body is not null)
        {
            // A StringContent can be sent again by a retry.
            request.Content = DatabricksJson.Content(body);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var what = ex is HttpRequestException ? "could not be reached" : "did not answer in time";
            throw new PartnerException(ErrorReason.UpstreamError, $"The Databricks workspace {workspace.Host.Authority} {what} while {operation}.",
                ex.Message) { Upstream = new UpstreamError(null, null, $"The workspace {what}.") };
        }

        using (response)
        {
            var json = await DatabricksJson.ReadAsync(response, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return json;
            }

            var error = DatabricksJson.Error(response, json);
            throw new PartnerException(ErrorReason.UpstreamError,
                $"Databricks refused {operation}: {Describe(error)}",
                response.StatusCode == HttpStatusCode.Unauthorized ? "Check Databricks:Token (or DATABRICKS_TOKEN)." : null)
            { Upstream = error };
        }
    }

    public static string Describe(UpstreamError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var code = string.Join(" ", new[] { error.Status is null ? null : $"HTTP {error.Status}", error.ErrorCode }.Where(s => !string.IsNullOrEmpty(s)));
        return string.IsNullOrEmpty(error.Message) ? code : $"{code}: {error.Message}";
    }

    private sealed record SelfTestPartnerBody(SelfTestPartner Partner);
}
