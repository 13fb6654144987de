using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Partner.Infrastructure.Persistence.Health;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Health;

/// <summary>
/// /health/ready (and /health): the database answers and takes a write; /health/live: the process answers. No
/// credentials needed.
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
public sealed class HealthCheckTests(Provider provider)
{
    [TestCase("/health")]
    [TestCase("/health/ready")]
    [TestCase("/health/live")]
    public async Task Health_DatabaseTakesWrites_Returns200Healthy(string path)
    {
        using var factory = new PartnerApiFactory(provider: provider);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
        });
    }

    [Test]
    public async Task Ready_WritesItsProbeRow_AndReusesTheResultWithinTheCacheDuration()
    {
        using var factory = new PartnerApiFactory(provider: provider, settings: new Dictionary<string, string?> { ["Health:WriteProbeCacheDuration"] = "00:10:00" });
        using var client = factory.CreateClient();

        using var first = await client.GetAsync("/health/ready");
        var writtenAt = await factory.WithDbAsync(db => db.Set<WriteProbe>().Select(p => p.WrittenAt).SingleAsync());
        using var second = await client.GetAsync("/health/ready");

        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await factory.WithDbAsync(db => db.Set<WriteProbe>().Select(p => p.WrittenAt).SingleAsync()), Is.EqualTo(writtenAt),
                "the second check reused the first probe");
        });
    }

    [TestCase(DatabaseFailure.DiskFull)]
    [TestCase(DatabaseFailure.ReadOnly)]
    public async Task DatabaseRefusesWrites_ReadyAndHealthAre503_LiveStays200_AndRecoverWhenWritesWork(DatabaseFailure failure)
    {
        var fault = WriteFault.FailEvery(DatabaseFailures.Exception(failure, provider));
        using var factory = new PartnerApiFactory(provider: provider, settings: new Dictionary<string, string?> { ["Health:WriteProbeCacheDuration"] = "00:00:00" });
        using var app = factory.AnotherInstance(testServices: s => s.AddSingleton<IInterceptor>(fault));
        using var client = app.CreateClient();
        fault.Armed = true;

        using var ready = await client.GetAsync("/health/ready");
        using var health = await client.GetAsync("/health");
        using var live = await client.GetAsync("/health/live");
        // Reads still work: a check that only connects would say healthy.
        using var reads = await client.GetAsync("/swagger/v1/swagger.json");

        Assert.Multiple(async () =>
        {
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(await ready.Content.ReadAsStringAsync(), Is.EqualTo("Unhealthy"));
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(reads.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });

        fault.Armed = false;
        using var recovered = await client.GetAsync("/health/ready");

        Assert.That(recovered.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task WriteHangs_ReadyAnswers503WithinTheProbeTimeout_AndTheNextProbeRunsOnceWritesWork()
    {
        var hang = WriteFault.HoldEvery();
        using var factory = new PartnerApiFactory(provider: provider, settings: new Dictionary<string, string?>
        {
            ["Health:WriteProbeCacheDuration"] = "00:00:00",
            ["Health:WriteProbeTimeout"] = "00:00:01",
        });
        using var app = factory.AnotherInstance(testServices: s => s.AddSingleton<IInterceptor>(hang));
        using var client = app.CreateClient();
        hang.Armed = true;

        var answer = client.GetAsync("/health/ready");
        var finished = await Task.WhenAny(answer, Task.Delay(TimeSpan.FromSeconds(20)));

        Assert.That(finished, Is.SameAs(answer), "the readiness check waited on a hung write");
        using var response = await answer;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));

        // The timed-out probe gave its turn back: the next one runs and succeeds.
        hang.Armed = false;
        using var recovered = await client.GetAsync("/health/ready");
        Assert.That(recovered.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
