using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.DatabricksPartnerConnect.OAuth;
using Partner.Infrastructure.Databricks;
using Partner.Infrastructure.Outbound;

namespace Partner.Infrastructure.DatabricksPartnerConnect;

/// <summary>
/// {workspace origin}/oidc/v1/token, through the guarded client of customer workspaces (outbound URL policy, no redirects,
/// Databricks:Timeout, one attempt: a code or a refresh token must not be sent twice). M2M authenticates the service
/// principal with HTTP Basic; U2M apps are public clients (PKCE, no secret) and send client_id in the form. What a
/// failure says is the HTTP status and the OAuth error code, never the body's free text.
/// </summary>
public sealed partial class DatabricksOAuthClient(IHttpClientFactory httpClients, IOptions<DatabricksOptions> options) : IDatabricksOAuthClient
{
    public Task<OAuthTokenAnswer> ClientCredentialsAsync(Uri workspaceOrigin, string clientId, string clientSecret, CancellationToken cancellationToken)
    {
        var request = TokenRequest(workspaceOrigin, [new("grant_type", "client_credentials"), new("scope", "all-apis")]);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(clientSecret)}")));
        return SendAsync(request, cancellationToken);
    }

    public Task<OAuthTokenAnswer> RefreshAsync(Uri workspaceOrigin, string clientId, string refreshToken, CancellationToken cancellationToken) =>
        SendAsync(TokenRequest(workspaceOrigin,
            [new("grant_type", "refresh_token"), new("refresh_token", refreshToken), new("client_id", clientId)]), cancellationToken);

    public Task<OAuthTokenAnswer> RedeemCodeAsync(Uri workspaceOrigin, string clientId, string code, string redirectUri, string codeVerifier,
        CancellationToken cancellationToken) =>
        SendAsync(TokenRequest(workspaceOrigin,
        [
            new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", redirectUri), new("code_verifier", codeVerifier),
            new("client_id", clientId),
        ]), cancellationToken);

    private static HttpRequestMessage TokenRequest(Uri workspaceOrigin, KeyValuePair<string, string>[] form) =>
        new(HttpMethod.Post, new Uri(workspaceOrigin, "oidc/v1/token")) { Content = new FormUrlEncodedContent(form) };

    private async Task<OAuthTokenAnswer> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var _ = request;
        var http = httpClients.CreateClient(DatabricksWorkspaceProbe.HttpClientName);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await DatabricksJson.ReadAsync(response, cancellationToken);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                var error = Word(DatabricksJson.GetString(body, "error")) ?? Word(DatabricksJson.GetString(body, "error_code"));
                return Failed(true, status, error, error is null ? $"HTTP {status}" : $"HTTP {status} {error}");
            }

            return DatabricksJson.GetString(body, "access_token") is { Length: > 0 } accessToken
                ? OAuthTokenAnswer.Of(new OAuthTokens(accessToken, DatabricksJson.GetString(body, "refresh_token"), ExpiresIn(body)))
                : Failed(true, status, null, "the token endpoint answered without an access_token");
        }
        catch (HttpRequestException ex) when (OutboundAddressRefusedException.Find(ex) is { } refused)
        {
            return Failed(false, null, null, $"not contacted: {refused.Message}");
        }
        catch (HttpRequestException ex)
        {
            return Failed(false, null, null, $"no answer ({ex.HttpRequestError})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(false, null, null, $"no answer within {options.Value.Timeout.TotalSeconds:0.#} s");
        }
    }

    /// <summary>expires_in in seconds; an hour (Databricks' lifetime) when it is missing.</summary>
    private static TimeSpan ExpiresIn(JsonElement body)
    {
        if (body.TryGetProperty("expires_in", out var value))
        {
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var seconds) && seconds > 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }

            if (value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out seconds) && seconds > 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }
        }

        return TimeSpan.FromHours(1);
    }

    private static OAuthTokenAnswer Failed(bool refused, int? status, string? error, string description) =>
        OAuthTokenAnswer.Failed(new OAuthFailure(refused, status, error, description));

    /// <summary>An error code repeated only when it looks like one (invalid_grant, INVALID_PARAMETER_VALUE).</summary>
    private static string? Word(string? value) => value is not null && ErrorCode().IsMatch(value) ? value : null;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex ErrorCode();
}
