using System.Diagnostics.Metrics;
using System.Text.Json;
using Partner.Application.DatabricksPartnerConnect.Connections.Commands.TestConnection;

namespace Partner.Application.Common.Metrics;

/// <summary>Meter "Partner" (docs/operations.md "Metrics and traces"). Tag values are closed sets, never ids or user input.</summary>
public sealed class PartnerMetrics
{
    public const string MeterName = "Partner";

    private readonly Counter<long> _connects;
    private readonly Counter<long> _testConnectionChecks;
    private readonly Counter<long> _outboxDeliveries;
    private readonly Histogram<double> _outboxDeliveryDuration;
    private readonly Counter<long> _responseErrors;

    public PartnerMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _connects = meter.CreateCounter<long>("partner.connect.requests", "{request}",
            "Connect requests by redirect_value (when handled) and outcome (handled, or the error_reason).");
        _testConnectionChecks = meter.CreateCounter<long>("partner.test_connection.checks", "{check}",
            "test-connection checks (API and landing-page button) by check and status.");
        _outboxDeliveries = meter.CreateCounter<long>("partner.outbox.deliveries", "{delivery}",
            "Outbox delivery attempts (candidate e-mails, completion callbacks) by type and outcome: delivered, failed (retried), dead.");
        _outboxDeliveryDuration = meter.CreateHistogram("partner.outbox.delivery.duration", "s",
            "How long one outbox delivery attempt took, by type and outcome.", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] });
        _responseErrors = meter.CreateCounter<long>("partner.greenhouse.response_errors", "{report}",
            "Greenhouse's response_error reports (an answer of ours it found malformed) by api_call: list_tests, send_test, test_status or other.");
        Outbox = new OutboxGauges(meter);
    }

    public OutboxGauges Outbox { get; }

    public void Connect(string redirectValue, string outcome) =>
        _connects.Add(1, new("redirect_value", redirectValue), new("outcome", outcome));

    public void TestConnection(IEnumerable<TestResult> results, string source)
    {
        ArgumentNullException.ThrowIfNull(results);
        foreach (var result in results)
        {
            _testConnectionChecks.Add(1, new("check", Word(result.TestName)), new("status", result.Status == CheckStatus.Success ? "success" : "failed"),
                new("source", source));
        }
    }

    public void OutboxDelivery(string type, string outcome, TimeSpan duration)
    {
        _outboxDeliveries.Add(1, new("type", type), new("outcome", outcome));
        _outboxDeliveryDuration.Record(duration.TotalSeconds, new("type", type), new("outcome", outcome));
    }

    public void GreenhouseResponseError(string apiCall) =>
        _responseErrors.Add(1, new KeyValuePair<string, object?>("api_call", apiCall is "list_tests" or "send_test" or "test_status" ? apiCall : "other"));

    public static string Word(string value) => JsonNamingPolicy.SnakeCaseLower.ConvertName(value);

    public sealed class OutboxGauges
    {
        private long _pending;
        private long _dead;

        internal OutboxGauges(Meter meter)
        {
            meter.CreateObservableGauge("partner.outbox.pending", () => Interlocked.Read(ref _pending), "{message}",
                "Outbox messages waiting for delivery: due now, or failed and waiting for a retry; not a reminder scheduled for later (counted every Outbox:PollInterval by each dispatching instance).");
            meter.CreateObservableGauge("partner.outbox.dead", () => Interlocked.Read(ref _dead), "{message}",
                "Dead letters: messages that will not be retried until an operator replays them.");
        }

        public void Set(long pending, long dead)
        {
            Interlocked.Exchange(ref _pending, pending);
            Interlocked.Exchange(ref _dead, dead);
        }
    }
}
