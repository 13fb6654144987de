using Microsoft.EntityFrameworkCore;
using Partner.Domain.GreenhouseAssessment.Outbox;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

namespace Partner.WebApi.FunctionalTests.Greenhouse;

/// <summary>The outbox survives the app and is safe with several instances on one database.</summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
public sealed class OutboxDurabilityTests(Provider provider)
{
    [Test]
    public async Task SendTest_DispatcherStopped_TwoNewInstancesOnTheSameDatabase_DeliverTheEmailExactlyOnce()
    {
        using var first = new PartnerApiFactory(GreenhouseApp.Settings(new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" }), provider: provider);
        var tenant = await first.CreateTenantAsync(("12345", "My First Test"));
        using (var greenhouse = first.CreateGreenhouseClient(tenant.ApiKey))
        {
            await greenhouse.SendTestAsync(GreenhouseApi.SendTest("12345"));
        }

        var pickup = Path.Combine(first.Directory, "pickup");
        await Task.Delay(200);
        Assert.That(await first.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Type == OutboxMessageType.CandidateEmail)), Has.Property("State").EqualTo(OutboxState.Pending));
        Assert.That(Directory.Exists(pickup), Is.False, "the stopped dispatcher sent nothing");

        // Two more instances on the same database and pickup directory, both dispatching.
        var shared = GreenhouseApp.Settings(new Dictionary<string, string?>
        {
            ["Email:PickupDirectory"] = pickup,
        });
        using var second = new PartnerApiFactory(shared, sharedDatabase: first.Database);
        using var third = new PartnerApiFactory(shared, sharedDatabase: first.Database);
        _ = second.Services;
        _ = third.Services;

        var delivered = await GreenhouseApp.EventuallyAsync(() => first.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Type == OutboxMessageType.CandidateEmail)),
            m => m.State == OutboxState.Delivered);
        await Task.Delay(300);

        Assert.Multiple(() =>
        {
            Assert.That(delivered.State, Is.EqualTo(OutboxState.Delivered));
            Assert.That(delivered.Attempts, Is.EqualTo(1), "claimed once");
            Assert.That(Directory.GetFiles(pickup, "*.eml"), Has.Length.EqualTo(1));
        });
        var eml = await File.ReadAllTextAsync(Directory.GetFiles(pickup, "*.eml").Single());
        Assert.That(eml, Does.Contain("kate_austen@example.com").And.Contain("/assessments/"));
    }
}
