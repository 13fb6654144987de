using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partner.Application.Common.Interfaces;
using Partner.Domain.GreenhouseAssessment.Outbox;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

namespace Partner.WebApi.FunctionalTests.ScaleOut;

/// <summary>
/// Two app hosts on one database (SQLite file or PostgreSQL database), as two instances behind a load balancer: nothing minted or encrypted by one may
/// be unreadable by the other, and the outbox delivers each message once with both dispatchers running.
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
public sealed class TwoInstancesTests(Provider provider)
{
    private SmtpSink _sink = null!;
    private PartnerApiFactory _first = null!;
    private PartnerApiFactory _second = null!;

    [OneTimeSetUp]
    public async Task StartTwoInstances()
    {
        _sink = new SmtpSink();
        var smtp = new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = _sink.Port.ToString(),
            ["Email:Smtp:UseTls"] = "false",
            ["Email:Smtp:From"] = "Partner Assessments <assessments@partner.test>",
            ["PartnerConnect:ConnectorsPageSize"] = "2",
        };
        _first = new PartnerApiFactory(GreenhouseApp.Settings(smtp), provider: provider);
        // The first instance creates the key ring before the second starts, as in a rolling deployment.
        _ = await _first.CreateDatabricksClient().GetAsync("/partners/databricks/v1/connectors");
        _second = new PartnerApiFactory(GreenhouseApp.Settings(smtp), sharedDatabase: _first.Database);
    }

    [OneTimeTearDown]
    public async Task StopInstances()
    {
        _second.Dispose();
        _first.Dispose();
        await _sink.DisposeAsync();
    }

    [Test]
    public async Task ThreeInstances_StartingAtOnceOnAFreshDatabase_MigrateItOnceAndAllServe()
    {
        using var owner = new PartnerApiFactory(provider: provider);
        using var second = new PartnerApiFactory(sharedDatabase: owner.Database);
        using var third = new PartnerApiFactory(sharedDatabase: owner.Database);
        var instances = new[] { owner, second, third };

        // Each start applies the migrations (DatabaseInitializer); the provider's migration lock must serialise them.
        await Task.WhenAll(instances.Select(i => Task.Run(() => i.Server)));

        var statuses = await Task.WhenAll(instances.Select(async i => (await i.CreateClient().GetAsync("/health")).StatusCode));
        var (applied, known) = await owner.WithDbAsync(async db => ((await db.Database.GetAppliedMigrationsAsync()).ToList(), db.Database.GetMigrations().ToList()));
        Assert.Multiple(() =>
        {
            Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(applied, Is.EqualTo(known), "every migration applied, each once");
        });
    }

    [Test]
    public async Task RedirectToken_MintedByOneInstance_IsAcceptedByTheOther()
    {
        var (response, json) = await _first.CreateDatabricksClient()
            .ConnectAsync(DatabricksRequests.Connect($"admin@{DatabricksRequests.NewTestDomain()}", DatabricksRequests.NewWorkspaceId()));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var redirect = new Uri(json["redirect_uri"]!.GetValue<string>());

        var page = await _second.CreateClient().GetAsync(redirect.PathAndQuery);

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("Start my trial"));
    }

    [Test]
    public async Task Secret_EncryptedByOneInstance_IsDecryptedByTheOther()
    {
        var (_, json) = await _first.CreateDatabricksClient()
            .ConnectAsync(DatabricksRequests.Connect($"admin@{DatabricksRequests.NewTestDomain()}", DatabricksRequests.NewWorkspaceId()));
        var connectionId = Guid.Parse(json["connection_id"]!.GetValue<string>());
        var ciphertext = await _first.WithDbAsync(db => db.Connections.Where(c => c.Id == connectionId)
            .Select(c => c.ProtectedPersonalAccessToken).SingleAsync());

        var plaintext = _second.Services.GetRequiredService<ISecretProtector>().Unprotect(ciphertext!);

        Assert.That(plaintext, Is.EqualTo(DatabricksRequests.Pat));
    }

    [Test]
    public async Task PaginationToken_IssuedByOneInstance_IsFollowedOnTheOther()
    {
        var page1 = await (await _first.CreateDatabricksClient().GetAsync("/partners/databricks/v1/connectors")).ReadJsonAsync();
        var token = page1["pagination_token"]!.GetValue<string>();

        var page2 = await _second.CreateDatabricksClient().GetAsync($"/partners/databricks/v1/connectors?pagination_token={Uri.EscapeDataString(token)}");

        Assert.That(page2.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var identifiers = (await page2.ReadJsonAsync())["connectors"]!.AsArray().Select(c => c!["identifier"]!.GetValue<string>());
        Assert.That(identifiers, Is.EqualTo(new[] { "salesforce", "adobe_ads" }));
    }

    [Test]
    public async Task Outbox_TwoHundredMessagesWithBothDispatchersRunning_EachIsDeliveredExactlyOnce()
    {
        const int count = 200;
        var tenant = await _first.CreateTenantAsync(("scale-1", "Scale test"));
        var clients = new[] { _first.CreateGreenhouseClient(tenant.ApiKey), _second.CreateGreenhouseClient(tenant.ApiKey) };
        var recipients = Enumerable.Range(0, count).Select(i => $"candidate{i}-{Guid.NewGuid():N}@example.com").ToList();

        // Send through both instances at once, as a load balancer would.
        await Task.WhenAll(recipients.Select((email, i) => clients[i % 2].SendTestAsync(GreenhouseApi.SendTest("scale-1", email))));

        var delivered = await GreenhouseApp.EventuallyAsync(
            () => _first.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.State == OutboxState.Delivered)),
            n => n >= count, timeoutSeconds: 60);
        await Task.Delay(500);

        var received = _sink.Messages.SelectMany(m => m.Recipients).Where(recipients.Contains).ToList();
        var attempts = await _first.WithDbAsync(db => db.OutboxMessages.Where(m => m.State == OutboxState.Delivered).Select(m => m.Attempts).ToListAsync());
        Assert.Multiple(() =>
        {
            Assert.That(delivered, Is.EqualTo(count));
            Assert.That(received, Has.Count.EqualTo(count), "one e-mail per send_test, no duplicates");
            Assert.That(received, Is.Unique);
            Assert.That(attempts, Has.All.EqualTo(1), "each message was claimed by one dispatcher once");
        });
    }
}
