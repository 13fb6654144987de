using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Partner.Domain.GreenhouseAssessment.Outbox;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

namespace Partner.WebApi.FunctionalTests.Faults;

/// <summary>An SMTP server that is down never fails send_test: the e-mail is retried, then a visible dead letter.</summary>
public sealed class SmtpDownTests
{
    [Test]
    public async Task SendTest_SmtpServerDown_Answers200AndTheEmailIsRetriedThenDeadLettered()
    {
        using var factory = new PartnerApiFactory(GreenhouseApp.Settings(new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = ClosedPort().ToString(),
            ["Email:Smtp:UseTls"] = "false",
            ["Outbox:MaxAttempts"] = "2",
        }));
        var tenant = await factory.CreateTenantAsync(("12345", "My First Test"));

        using var greenhouse = factory.CreateGreenhouseClient(tenant.ApiKey);
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("12345"));
        var status = await greenhouse.GetAsync(GreenhouseApi.TestStatusOf(interviewId));

        Assert.That(status.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the inbound calls do not depend on SMTP");
        var dead = await GreenhouseApp.EventuallyAsync(() => factory.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Type == OutboxMessageType.CandidateEmail)),
            m => m.State == OutboxState.Dead);
        var listed = await (await factory.CreateAdminClient().GetAsync("/admin/outbox?state=dead")).ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(dead.State, Is.EqualTo(OutboxState.Dead));
            Assert.That(dead.Attempts, Is.EqualTo(2));
            Assert.That(dead.LastError, Is.Not.Null.And.Not.Empty);
            Assert.That(listed["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()), Does.Contain(dead.Id.ToString()));
        });
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
