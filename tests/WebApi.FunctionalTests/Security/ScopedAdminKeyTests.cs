using System.Net;

namespace Partner.WebApi.FunctionalTests.Security;

/// <summary>
/// Admin:ScopedKeys: a key opens only what its scopes name (metrics: GET /metrics; test-status: the assessment product's
/// status report; read: every GET /admin/*); anything else is 403 with the envelope. Full keys (Admin:ApiKeys) open all.
/// </summary>
public sealed class ScopedAdminKeyTests : OwnHostFixture
{
    private const string MetricsKey = "metrics-scoped-key-0123456789abcdef";
    private const string TestStatusKey = "status-scoped-key-0123456789abcdef";

    protected override PartnerApiFactory CreateHost() => new(new Dictionary<string, string?>
    {
        ["Admin:ScopedKeys:0:Key"] = MetricsKey,
        ["Admin:ScopedKeys:0:Scopes"] = "metrics",
        ["Admin:ScopedKeys:1:Key"] = TestStatusKey,
        ["Admin:ScopedKeys:1:Scopes"] = " test-status ",
    });

    [Test]
    public async Task MetricsKey_ScrapesMetrics_AndNothingElse()
    {
        using var client = PartnerApiFactory.AsAdmin(Factory.CreateClient(), MetricsKey);

        using var metrics = await client.GetAsync("/metrics");
        var (accounts, json) = await client.SendJsonAsync(HttpMethod.Get, "/admin/accounts", null);

        Assert.Multiple(() =>
        {
            Assert.That(metrics.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(accounts.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(json["error_reason"]?.GetValue<string>(), Is.EqualTo("unauthorized"));
        });
    }

    [Test]
    public async Task TestStatusKey_ReportsStatus_ButCannotReadOrIssueKeys()
    {
        using var client = PartnerApiFactory.AsAdmin(Factory.CreateClient(), TestStatusKey);

        var (report, reportJson) = await client.SendJsonAsync(HttpMethod.Post, GreenhouseApi.StatusReportOf("no-such-instance"),
            GreenhouseApi.ReportStatus("started"));
        var (organizations, _) = await client.SendJsonAsync(HttpMethod.Get, "/admin/organizations", null);
        using var metrics = await client.GetAsync("/metrics");

        Assert.Multiple(() =>
        {
            Assert.That(report.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "authorized: the instance is simply unknown; " + reportJson.ToJsonString());
            Assert.That(organizations.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(metrics.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    [Test]
    public async Task FullKey_OpensEveryScope_WrongKeyIs401()
    {
        using var admin = Factory.CreateAdminClient();
        using var wrong = PartnerApiFactory.AsAdmin(Factory.CreateClient(), MetricsKey + "x");

        using var metrics = await admin.GetAsync("/metrics");
        var (organizations, _) = await admin.SendJsonAsync(HttpMethod.Get, "/admin/organizations", null);
        var (refused, _) = await wrong.SendJsonAsync(HttpMethod.Get, "/admin/organizations", null);

        Assert.Multiple(() =>
        {
            Assert.That(metrics.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(organizations.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }
}
