using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Partner.Domain.GreenhouseAssessment.Outbox;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Greenhouse;

/// <summary>
/// A destination that never answers holds one delivery slot for at most Outbox:DeliveryTimeout; it does not delay the
/// other messages (another organization's candidate e-mail here).
/// </summary>
public sealed class OutboxHeadOfLineTests
{
    [Test]
    public async Task CallbacksToAHostThatNeverAnswers_DoNotDelayAnotherOrganizationsCandidateEmail()
    {
        using var blackHole = new TcpListener(IPAddress.Loopback, 0);
        blackHole.Start();
        var accepted = new System.Collections.Concurrent.ConcurrentBag<TcpClient>();
        var accepting = Task.Run(async () =>
        {
            // Accepts and never answers, like a server that hangs.
            while (true)
            {
                accepted.Add(await blackHole.AcceptTcpClientAsync());
            }
        });
        var hangingUrl = $"http://127.0.0.1:{((IPEndPoint)blackHole.LocalEndpoint).Port}/complete";
        using var factory = new PartnerApiFactory(GreenhouseApp.Settings(new Dictionary<string, string?>
        {
            ["Outbox:DeliveryTimeout"] = "00:00:20",
            ["Outbox:MaxConcurrency"] = "4",
        }));
        var slow = await factory.CreateTenantAsync(("12345", "My First Test"));
        var other = await factory.CreateTenantAsync(("777", "Other Test"));
        using var slowGreenhouse = factory.CreateGreenhouseClient(slow.ApiKey);
        using var admin = factory.CreateAdminClient();
        for (var i = 0; i < 3; i++)
        {
            var interviewId = await slowGreenhouse.SendTestAsync(GreenhouseApi.SendTest("12345", url: hangingUrl));
            await admin.CompleteAsync(interviewId);
        }

        await GreenhouseApp.EventuallyAsync(() => Task.FromResult(accepted.Count), n => n >= 3);
        using var otherGreenhouse = factory.CreateGreenhouseClient(other.ApiKey);
        var started = DateTimeOffset.UtcNow;
        var otherInterview = await otherGreenhouse.SendTestAsync(GreenhouseApi.SendTest("777"));

        var state = await GreenhouseApp.EventuallyAsync(() => EmailStateAsync(factory, otherInterview), s => s == OutboxState.Delivered, timeoutSeconds: 15);
        var waited = DateTimeOffset.UtcNow - started;

        Assert.Multiple(() =>
        {
            Assert.That(accepted, Has.Count.GreaterThanOrEqualTo(3), "the three callbacks were hanging");
            Assert.That(state, Is.EqualTo(OutboxState.Delivered));
            Assert.That(waited, Is.LessThan(TimeSpan.FromSeconds(10)), "the e-mail did not wait for the hanging callbacks (20 s each)");
        });
        blackHole.Stop();
        foreach (var client in accepted)
        {
            client.Dispose();
        }

        await Task.WhenAny(accepting, Task.Delay(100));
    }

    [Test]
    public Task ABacklog_DrainsAsFastAsDeliveriesFinish_NotOneBatchPerPollInterval() => AssertBacklogDrainsAsync(fault: null);

    [Test]
    public Task TheMetricsCountFailingEveryTime_DoesNotSlowTheBacklog() =>
        // The gauges' count (the only GROUP BY the dispatcher sends) fails on every poll; deliveries must not care.
        AssertBacklogDrainsAsync(WriteFault.FailEveryCommand(new TimeoutException("The command timed out."), containing: "GROUP BY"));

    /// <summary>
    /// 24 e-mails queued while nobody dispatches; then a dispatcher with 2 slots and a 60 s poll interval. Polling only on
    /// the interval would deliver 2 and then wait a minute.
    /// </summary>
    private static async Task AssertBacklogDrainsAsync(WriteFault? fault)
    {
        using var factory = new PartnerApiFactory(GreenhouseApp.Settings(new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" }));
        var tenant = await factory.CreateTenantAsync(("12345", "My First Test"));
        using var greenhouse = factory.CreateGreenhouseClient(tenant.ApiKey);
        for (var i = 0; i < 24; i++)
        {
            await greenhouse.SendTestAsync(GreenhouseApi.SendTest("12345", email: $"candidate{i}@example.com"));
        }

        using var dispatcher = factory.AnotherInstance(
            new Dictionary<string, string?> { ["Outbox:Enabled"] = "true", ["Outbox:PollInterval"] = "00:01:00", ["Outbox:MaxConcurrency"] = "2" },
            fault is null ? null : s => s.AddSingleton<IInterceptor>(fault));
        if (fault is not null)
        {
            fault.Armed = true;
        }

        _ = dispatcher.Server;

        var delivered = await GreenhouseApp.EventuallyAsync(
            () => factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.State == OutboxState.Delivered)), n => n == 24, timeoutSeconds: 30);

        Assert.That(delivered, Is.EqualTo(24));
        if (fault is not null)
        {
            Assert.That(fault.Hits, Is.GreaterThan(0), "the count was attempted and failed");
        }
    }

    [Test]
    public async Task DatabaseFailsEveryClaimForAWhile_NoDeliverySlotIsLost_AndTheMessageIsDeliveredOnceItRecovers()
    {
        // One slot: a slot not given back after a failed claim would stop every later delivery.
        var fault = WriteFault.FailEvery(new TimeoutException("The command timed out."), containing: "UPDATE \"OutboxMessages\"");
        // The factory's own host only sets up the tenant; the faulty host is the one dispatcher.
        using var factory = new PartnerApiFactory(GreenhouseApp.Settings(new Dictionary<string, string?>
        {
            ["Outbox:Enabled"] = "false",
            ["Outbox:MaxConcurrency"] = "1",
        }));
        var tenant = await factory.CreateTenantAsync(("12345", "My First Test"));
        using var app = factory.AnotherInstance(new Dictionary<string, string?> { ["Outbox:Enabled"] = "true" },
            s => s.AddSingleton<IInterceptor>(fault));
        using var client = app.CreateGreenhouseClient(tenant.ApiKey);
        fault.Armed = true;
        var interviewId = await client.SendTestAsync(GreenhouseApi.SendTest("12345"));
        await GreenhouseApp.EventuallyAsync(() => Task.FromResult(fault.Hits), hits => hits >= 5);

        fault.Armed = false;
        var state = await GreenhouseApp.EventuallyAsync(() => EmailStateAsync(factory, interviewId), s => s == OutboxState.Delivered);

        Assert.Multiple(() =>
        {
            Assert.That(fault.Hits, Is.GreaterThanOrEqualTo(5), "the claims failed again and again");
            Assert.That(state, Is.EqualTo(OutboxState.Delivered));
        });
    }

    private static Task<OutboxState> EmailStateAsync(PartnerApiFactory factory, string interviewId) => factory.WithDbAsync(async db =>
    {
        var instanceId = await db.TestInstances.Where(i => i.PartnerInterviewId == interviewId).Select(i => i.Id).SingleAsync();
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Type == OutboxMessageType.CandidateEmail && m.Payload.Contains(instanceId.ToString()))
            .Select(m => m.State).SingleAsync();
    });
}
