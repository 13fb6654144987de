using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Partner.WebApi.FunctionalTests.Connections.TestConnection;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

namespace Partner.WebApi.FunctionalTests.Admin;

/// <summary>/metrics: Prometheus text behind the admin key, with the standard HTTP metrics and the service's own.</summary>
public sealed class MetricsTests
{
    [Test]
    public async Task Scrape_HasHttpServerMetrics_ConnectsByRedirectValueAndOutcome_TestConnectionChecks_OutboxDeliveries_AndResponseErrors()
    {
        await using var factory = new PartnerApiFactory(GreenhouseApp.Settings());
        using var databricks = factory.CreateDatabricksClient();
        var connection = await databricks.ConnectAsync("https://organization.cloud.databricks.com", "dapi-token", "0222-185802-deny427");
        await databricks.ConnectAsync(DatabricksRequests.Connect("someone@" + DatabricksRequests.NewTestDomain(), DatabricksRequests.NewWorkspaceId(), Guid.NewGuid().ToString()));
        (await databricks.TestConnectionAsync(connection.ConnectionId, connection.WorkspaceId)).Response.Dispose();
        var tenant = await factory.CreateTenantAsync(("12345", "My First Test"));
        using var greenhouse = factory.CreateGreenhouseClient(tenant.ApiKey);
        await greenhouse.SendTestAsync(GreenhouseApi.SendTest("12345"));
        (await greenhouse.PostAsJsonAsync(GreenhouseApi.ResponseErrorPath, new { api_call = "test_status", errors = new[] { "x" } })).Dispose();
        (await greenhouse.PostAsJsonAsync(GreenhouseApi.ResponseErrorPath, new { api_call = "something_new", errors = new[] { "x" } })).Dispose();
        using var admin = factory.CreateAdminClient();

        var text = await GreenhouseApp.EventuallyAsync(() => admin.GetStringAsync("/metrics"),
            t => t.Contains("partner_outbox_deliveries_total{", StringComparison.Ordinal) && t.Contains("partner_outbox_pending", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("http_server_request_duration_seconds_bucket{"));
            Assert.That(text, Does.Match(@"partner_connect_requests_total\{[^}]*outcome=""handled""[^}]*redirect_value=""create_trial""[^}]*\} 1"));
            Assert.That(text, Does.Match(@"partner_connect_requests_total\{[^}]*outcome=""connection_not_found""[^}]*\} 1"));
            Assert.That(text, Does.Match(@"partner_test_connection_checks_total\{[^}]*check=""connectivity""[^}]*source=""api""[^}]*status=""failed""[^}]*\} 1"));
            Assert.That(text, Does.Match(@"partner_outbox_deliveries_total\{[^}]*outcome=""delivered""[^}]*type=""candidate_email""[^}]*\} 1"));
            Assert.That(text, Does.Contain("partner_outbox_delivery_duration_seconds_bucket{").And.Contain("le=\"0.25\""));
            Assert.That(text, Does.Contain("partner_outbox_dead"));
            Assert.That(text, Does.Match(@"partner_greenhouse_response_errors_total\{[^}]*api_call=""test_status""[^}]*\} 1"));
            Assert.That(text, Does.Match(@"partner_greenhouse_response_errors_total\{[^}]*api_call=""other""[^}]*\} 1"), "api_call is a closed set");
        });
    }

    [Test]
    public async Task Scrape_WithoutTheAdminKey_Is401()
    {
        await using var factory = new PartnerApiFactory();
        using var anonymous = factory.CreateClient();

        Assert.That((await anonymous.GetAsync("/metrics")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task PrometheusDisabled_NoEndpoint()
    {
        await using var factory = new PartnerApiFactory(new Dictionary<string, string?> { ["Telemetry:PrometheusEnabled"] = "false" });
        using var admin = factory.CreateAdminClient();

        Assert.That((await admin.GetAsync("/metrics")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var document = await (await factory.CreateClient().GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();
        Assert.That(document["paths"]!.AsObject().ContainsKey("/metrics"), Is.False, "the OpenAPI document follows the setting");
    }

    [Test]
    public async Task Traces_AreRecordedOnlyWithAnOtlpEndpoint_MetricsAlways()
    {
        // Without an exporter, spans would be built for every request and EF command and go nowhere (docs/performance.md item 16).
        Assert.That(PartnerApiFactory.Shared.Services.GetService<TracerProvider>(), Is.Null);
        Assert.That(PartnerApiFactory.Shared.Services.GetService<OpenTelemetry.Metrics.MeterProvider>(), Is.Not.Null);

        // A collector that is not there: the exporter retries in the background, requests are not affected.
        await using var factory = new PartnerApiFactory(new Dictionary<string, string?> { ["Telemetry:OtlpEndpoint"] = "http://127.0.0.1:9/" });
        Assert.That(factory.Services.GetService<TracerProvider>(), Is.Not.Null);
        Assert.That((await factory.CreateClient().GetAsync("/health/live")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
