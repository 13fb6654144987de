using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Outbound;
using Partner.Application.DatabricksPartnerConnect.Connections.Commands.TestConnection;
using Partner.Application.DatabricksPartnerConnect.OAuth;
using Partner.Domain.DatabricksPartnerConnect.Connections;
using Partner.Infrastructure.Databricks;
using Partner.Infrastructure.Outbound;

namespace Partner.Infrastructure.DatabricksPartnerConnect;

/// <summary>
/// test-connection's checks (docs/databricks.md "test-connection"). Nothing the workspace writes is repeated except an
/// HTTP status, an error_code and a state that look like Databricks' own words. At most Databricks:MaxConcurrentChecks
/// run at once, so no caller can turn the service into a flood of calls carrying customers' credentials.
/// </summary>
public sealed partial class DatabricksWorkspaceProbe(
    IHttpClientFactory httpClients, IOptions<DatabricksOptions> options, OutboundUrlPolicy policy, GuardedConnector connector)
    : IWorkspaceProbe, IDisposable
{
    private readonly ConcurrencyLimiter _running = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.MaxConcurrentChecks,
        QueueLimit = options.Value.MaxConcurrentChecks,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public const string HttpClientName = "DatabricksCustomerWorkspace";
    public const string Connectivity = "Connectivity";
    public const string Authentication = "Authentication";
    public const string Compute = "Compute";

    public async Task<IReadOnlyList<TestResult>> CheckAsync(Connection connection, Func<CancellationToken, Task<CredentialCheck>> credential,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(credential);
        using var turn = await _running.AcquireAsync(1, cancellationToken);
        if (!turn.IsAcquired)
        {
            return [Failed(Connectivity, "Not checked: too many workspace checks are running right now; try again in a moment.")];
        }

        var (origin, refusal) = DatabricksWorkspaceOrigin.Of(policy, connection.WorkspaceUrl);
        if (origin is null)
        {
            return [Failed(Connectivity, refusal!)];
        }

        var (connectivity, refused) = await CheckConnectivityAsync(origin, cancellationToken);
        if (refused)
        {
            return [connectivity];
        }

        const string unreachable = "Not checked: the workspace is not reachable.";
        var reachable = connectivity.Status == CheckStatus.Success;
        var (authentication, token) = reachable
            ? await CheckAuthenticationAsync(origin, credential, cancellationToken)
            : (Failed(Authentication, unreachable), null);

        List<TestResult> results = [connectivity, authentication];
        if (!string.IsNullOrEmpty(connection.ClusterId))
        {
            // The compute is looked up with the credential the workspace accepted: without one it cannot be, and the reason
            // is the step before (never authentication when authentication could not even be tried).
            results.Add(token is not null
                ? await CheckComputeAsync(origin, token, connection, cancellationToken)
                : Failed(Compute, reachable ? "Not checked: the workspace did not accept the connection's credential (see Authentication)." : unreachable));
        }

        return results;
    }

    /// <summary>A TCP connect to the origin; Refused when the policy refused the host's address (the only result then).</summary>
    private async Task<(TestResult Result, bool Refused)> CheckConnectivityAsync(Uri origin, CancellationToken cancellationToken)
    {
        var endpoint = $"{origin.Host}:{origin.Port}";
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            using var socket = await connector.ConnectSocketAsync(origin.IdnHost, origin.Port, timeout.Token);
            return (Succeeded(Connectivity, $"The workspace {endpoint} accepts connections."), false);
        }
        catch (OutboundAddressRefusedException ex)
        {
            return (Failed(Connectivity, $"The workspace is not contacted: {ex.Message}"), true);
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain)
        {
            return (Failed(Connectivity, $"The workspace host {origin.Host} is unreachable: host not found."), false);
        }
        catch (SocketException ex)
        {
            return (Failed(Connectivity, $"The workspace {endpoint} is unreachable: {Describe(ex.SocketErrorCode)}."), false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (Failed(Connectivity, $"The workspace {endpoint} did not accept a connection within {options.Value.Timeout.TotalSeconds:0.#} s."), false);
        }
    }

    private async Task<(TestResult Result, string? Token)> CheckAuthenticationAsync(Uri origin,
        Func<CancellationToken, Task<CredentialCheck>> credential, CancellationToken cancellationToken)
    {
        var check = await credential(cancellationToken);
        if (check.Token is not { } token)
        {
            return (Failed(Authentication, check.Failure ?? "No credential is stored for this connection."), null);
        }

        var me = await GetAsync(origin, "api/2.0/preview/scim/v2/Me", token, cancellationToken);
        return me.Status switch
        {
            HttpStatusCode.OK => (Succeeded(Authentication, $"The workspace accepted the {check.Credential}."), token),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                (Failed(Authentication, $"The workspace rejected the {check.Credential}: {me.Error}."), null),
            _ => (Failed(Authentication, $"The workspace could not check the {check.Credential}: {me.Error}."), null),
        };
    }

    private async Task<TestResult> CheckComputeAsync(Uri origin, string token, Connection connection, CancellationToken cancellationToken)
    {
        var id = Uri.EscapeDataString(connection.ClusterId!);
        var path = connection.IsSqlWarehouse ? $"api/2.0/sql/warehouses/{id}" : $"api/2.0/clusters/get?cluster_id={id}";
        var compute = ComputeName(connection);
        var answer = await GetAsync(origin, path, token, cancellationToken);
        if (answer.Status == HttpStatusCode.OK)
        {
            return Succeeded(Compute, $"{compute} exists; its state is {Word(DatabricksJson.GetString(answer.Body, "state")) ?? "UNKNOWN"}.");
        }

        // Databricks answers an unknown warehouse with 404 and an unknown cluster with 400 INVALID_PARAMETER_VALUE.
        return answer.Status is HttpStatusCode.NotFound or HttpStatusCode.BadRequest
            ? Failed(Compute, $"{compute} was not found in the workspace: {answer.Error}.")
            : Failed(Compute, $"{compute} could not be read: {answer.Error}.");
    }

    private async Task<Answer> GetAsync(Uri origin, string path, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(origin, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await SendAsync(request, cancellationToken);
    }

    private async Task<Answer> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await DatabricksJson.ReadAsync(response, cancellationToken);
            var error = response.IsSuccessStatusCode ? null : Describe(response.StatusCode, body);
            return new Answer(response.StatusCode, body, error);
        }
        catch (HttpRequestException ex) when (OutboundAddressRefusedException.Find(ex) is { } refused)
        {
            return new Answer(null, default, $"not contacted: {refused.Message}");
        }
        catch (HttpRequestException ex)
        {
            return new Answer(null, default, $"no answer ({ex.HttpRequestError})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Answer(null, default, $"no answer within {options.Value.Timeout.TotalSeconds:0.#} s");
        }
    }

    private static string Describe(HttpStatusCode status, JsonElement body) =>
        Word(DatabricksJson.GetString(body, "error_code")) is { } code ? $"HTTP {(int)status} {code}" : $"HTTP {(int)status}";

    /// <summary>A value of the workspace repeated to the caller only when it looks like an enum word (RUNNING, NOT_FOUND).</summary>
    private static string? Word(string? value) => value is not null && UpperWord().IsMatch(value) ? value : null;

    [GeneratedRegex("^[A-Z][A-Z0-9_]{0,63}$")]
    private static partial Regex UpperWord();

    private static string ComputeName(Connection connection) =>
        connection.IsSqlWarehouse ? $"SQL warehouse {connection.ClusterId}" : $"Cluster {connection.ClusterId}";

    private static string Describe(SocketError error) => error switch
    {
        SocketError.ConnectionRefused => "connection refused",
        SocketError.HostNotFound or SocketError.NoData => "host not found",
        SocketError.TimedOut => "timed out",
        SocketError.NetworkUnreachable or SocketError.HostUnreachable => "no route to the host",
        _ => error.ToString(),
    };

    private static TestResult Succeeded(string test, string message) => new(test, CheckStatus.Success, message);

    private static TestResult Failed(string test, string message) => new(test, CheckStatus.Failed, message);

    public void Dispose() => _running.Dispose();

    private sealed record Answer(HttpStatusCode? Status, JsonElement Body, string? Error);
}
