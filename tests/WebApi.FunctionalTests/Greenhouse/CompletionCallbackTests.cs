using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Partner.Domain.GreenhouseAssessment.Outbox;
using Partner.Domain.GreenhouseAssessment;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

namespace Partner.WebApi.FunctionalTests.Greenhouse;

/// <summary>
/// PATCH send_test's url on completion, through the outbox: retries, exactly one acknowledgement, dead letters, and
/// always with the organization's key as Greenhouse holds it now (after a rotation, the new key), never a revoked one.
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
public sealed class CompletionCallbackTests(Provider provider)
{
    private CallbackReceiver _receiver = null!;
    private PartnerApiFactory _factory = null!;
    private Tenant _tenant = null!;

    [OneTimeSetUp]
    public async Task StartApp()
    {
        _receiver = await CallbackReceiver.StartAsync();
        _factory = new PartnerApiFactory(GreenhouseApp.Settings(), provider: provider);
        _tenant = await _factory.CreateTenantAsync(("12345", "My First Test"));
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        _factory?.Dispose();
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
    }

    [Test]
    public async Task Complete_ReceiverFailsTwiceThenAccepts_GetsExactlyOneAcknowledgedPatchWithTheBasicKey()
    {
        var url = _receiver.NewUrl(500, 503, 200);
        var interviewId = await SendAndCompleteAsync(url);

        var calls = await GreenhouseApp.EventuallyAsync(() => Task.FromResult(_receiver.For(url)), c => c.Any(r => r.AnsweredStatus == 200));
        await Task.Delay(400); // time for any wrong extra delivery to show up

        calls = _receiver.For(url);
        var expectedAuthorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(_tenant.ApiKey + ":"));
        Assert.Multiple(() =>
        {
            Assert.That(calls.Select(c => c.AnsweredStatus), Is.EqualTo(new[] { 500, 503, 200 }));
            Assert.That(calls.Select(c => c.Method), Has.All.EqualTo("PATCH"));
            Assert.That(calls.Select(c => c.Authorization), Has.All.EqualTo(expectedAuthorization));
            Assert.That(calls.Select(c => c.ContentLength), Has.All.EqualTo(0));
        });
        var message = await CallbackMessageAsync(interviewId);
        Assert.Multiple(() =>
        {
            Assert.That(message.State, Is.EqualTo(OutboxState.Delivered));
            Assert.That(message.Attempts, Is.EqualTo(3));
            Assert.That(message.LeaseOwner, Is.Null);
        });
    }

    [Test]
    public async Task Complete_WithoutUrl_QueuesNoCallback()
    {
        using var greenhouse = _factory.CreateGreenhouseClient(_tenant.ApiKey);
        using var admin = _factory.CreateAdminClient();
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("12345"));

        await admin.CompleteAsync(interviewId);

        var instanceId = await _factory.WithDbAsync(db => db.TestInstances.Where(i => i.PartnerInterviewId == interviewId).Select(i => i.Id).SingleAsync());
        Assert.That(await _factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m =>
            m.Type == OutboxMessageType.CompletionCallback && m.Payload.Contains(instanceId.ToString()))), Is.Zero);
    }

    [Test]
    public async Task Complete_ReceiverAlwaysFails_BecomesDeadLetterVisibleToOperators_AndReplayDeliversIt()
    {
        var url = _receiver.NewUrl(500);
        var interviewId = await SendAndCompleteAsync(url);
        using var admin = _factory.CreateAdminClient();

        var dead = await GreenhouseApp.EventuallyAsync(() => CallbackMessageAsync(interviewId), m => m.State == OutboxState.Dead);
        Assert.That(dead.State, Is.EqualTo(OutboxState.Dead));
        Assert.That(_receiver.For(url), Has.Count.EqualTo(3), "Outbox:MaxAttempts = 3");

        var listed = await (await admin.GetAsync("/admin/outbox?state=dead&page_size=500")).ReadJsonAsync();
        var item = listed["items"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == dead.Id.ToString())!;
        Assert.Multiple(() =>
        {
            Assert.That(item["type"]!.GetValue<string>(), Is.EqualTo("completion_callback"));
            Assert.That(item["state"]!.GetValue<string>(), Is.EqualTo("dead"));
            Assert.That(item["attempts"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(item["last_error"]!.GetValue<string>(), Does.Contain("500"));
            Assert.That(item.ToJsonString(), Does.Not.Contain(_tenant.ApiKey));
        });

        _receiver.Answer(url, 204);
        var replay = await admin.PostAsync($"/admin/outbox/{dead.Id}/replay", null);

        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var delivered = await GreenhouseApp.EventuallyAsync(() => CallbackMessageAsync(interviewId), m => m.State == OutboxState.Delivered);
        Assert.Multiple(() =>
        {
            Assert.That(delivered.State, Is.EqualTo(OutboxState.Delivered));
            Assert.That(_receiver.For(url).Count(c => c.AnsweredStatus == 204), Is.EqualTo(1));
        });
        var replayAgain = await admin.PostAsync($"/admin/outbox/{dead.Id}/replay", null);
        Assert.That(replayAgain.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Complete_AfterANewerKeyWasIssued_PatchesWithTheKeySendTestWasCalledWith()
    {
        var tenant = await _factory.CreateTenantAsync(("12345", "My First Test"));
        var url = _receiver.NewUrl(204);
        var interviewId = await SendAsync(tenant.ApiKey, url);
        var newer = await IssueKeyAsync(tenant);

        using var admin = _factory.CreateAdminClient();
        await admin.CompleteAsync(interviewId);

        var delivered = await GreenhouseApp.EventuallyAsync(() => CallbackMessageAsync(interviewId), m => m.State == OutboxState.Delivered);
        Assert.Multiple(() =>
        {
            Assert.That(delivered.State, Is.EqualTo(OutboxState.Delivered));
            Assert.That(_receiver.For(url).Select(c => c.Authorization), Is.EqualTo(new[] { BasicOf(tenant.ApiKey) }));
            Assert.That(_receiver.For(url).Select(c => c.Authorization), Has.None.EqualTo(BasicOf(newer)));
        });
    }

    [Test]
    public async Task Complete_RotationWithTheTestInFlight_GreenhouseNowHoldsK2_ThePatchCarriesK2_NeverTheRevokedK1()
    {
        // docs/greenhouse.md "Tenancy and keys": the PATCH authenticates with the key Greenhouse holds now.
        var tenant = await _factory.CreateTenantAsync(("12345", "My First Test"));
        var url = _receiver.NewUrl(204);
        var interviewId = await SendAsync(tenant.ApiKey, url);
        var k2 = await IssueKeyAsync(tenant);
        using (var greenhouse = _factory.CreateGreenhouseClient(k2))
        {
            var polled = await greenhouse.GetAsync(GreenhouseApi.TestStatusOf(interviewId));
            Assert.That(polled.StatusCode, Is.EqualTo(HttpStatusCode.OK), "Greenhouse switched to K2");
        }

        using var admin = _factory.CreateAdminClient();
        Assert.That((await admin.DeleteAsync($"/admin/organizations/{tenant.Id}/api-keys/{tenant.ApiKeyId}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await admin.CompleteAsync(interviewId);

        var delivered = await GreenhouseApp.EventuallyAsync(() => CallbackMessageAsync(interviewId), m => m.State == OutboxState.Delivered);
        Assert.Multiple(() =>
        {
            Assert.That(delivered.State, Is.EqualTo(OutboxState.Delivered));
            Assert.That(_receiver.For(url).Select(c => c.Authorization), Is.EqualTo(new[] { BasicOf(k2) }));
            Assert.That(_receiver.For(url).Select(c => c.Authorization), Has.None.EqualTo(BasicOf(tenant.ApiKey)), "a revoked key is never sent");
        });
    }

    [Test]
    public async Task Complete_EveryKeyRevoked_SendsNothing_DeadLetterSaysWhy_ReplayAfterANewKeyDeliversWithIt()
    {
        var tenant = await _factory.CreateTenantAsync(("12345", "My First Test"));
        var url = _receiver.NewUrl(204);
        var interviewId = await SendAsync(tenant.ApiKey, url);
        using var admin = _factory.CreateAdminClient();
        Assert.That((await admin.DeleteAsync($"/admin/organizations/{tenant.Id}/api-keys/{tenant.ApiKeyId}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await admin.CompleteAsync(interviewId);

        var dead = await GreenhouseApp.EventuallyAsync(() => CallbackMessageAsync(interviewId), m => m.State == OutboxState.Dead);
        var listed = await (await admin.GetAsync("/admin/outbox?state=dead&page_size=500")).ReadJsonAsync();
        var item = listed["items"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == dead.Id.ToString())!;
        Assert.Multiple(() =>
        {
            Assert.That(dead.Attempts, Is.EqualTo(1), "no live key is not retried");
            Assert.That(_receiver.For(url), Is.Empty, "the revoked key was not sent");
            Assert.That(item["last_error"]!.GetValue<string>(), Does.Contain("no live API key"));
            Assert.That(item.ToJsonString(), Does.Not.Contain(tenant.ApiKey));
        });

        // The organization issues K2 and gives it to Greenhouse; the operator replays the dead letter.
        var k2 = await IssueKeyAsync(tenant);
        Assert.That((await admin.PostAsync($"/admin/outbox/{dead.Id}/replay", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var delivered = await GreenhouseApp.EventuallyAsync(() => CallbackMessageAsync(interviewId), m => m.State == OutboxState.Delivered);
        Assert.Multiple(() =>
        {
            Assert.That(delivered.State, Is.EqualTo(OutboxState.Delivered));
            Assert.That(_receiver.For(url).Select(c => c.Authorization), Is.EqualTo(new[] { BasicOf(k2) }));
        });
    }

    [Test]
    public async Task DeadLetterOfTheEarlierKeyRule_AfterARotation_ReplayDeliversWithTheCurrentKey()
    {
        // Up to 1.0.0 a callback whose send_test key was revoked became a dead letter at once ("... not sent with any other
        // key"): those completions were lost to the recruiter. Replayed now, they go out with the key Greenhouse holds.
        var tenant = await _factory.CreateTenantAsync(("12345", "My First Test"));
        var url = _receiver.NewUrl(204);
        var interviewId = await SendAsync(tenant.ApiKey, url);
        var k2 = await IssueKeyAsync(tenant);
        using var admin = _factory.CreateAdminClient();
        Assert.That((await admin.DeleteAsync($"/admin/organizations/{tenant.Id}/api-keys/{tenant.ApiKeyId}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var instanceId = await _factory.WithDbAsync(db => db.TestInstances.Where(i => i.PartnerInterviewId == interviewId).Select(i => i.Id).SingleAsync());
        var earlier = OutboxMessage.Create(OutboxMessageType.CompletionCallback, new TestInstancePayload(instanceId).ToJson(),
            DateTimeOffset.UtcNow);
        await _factory.WithDbAsync(async db =>
        {
            db.OutboxMessages.Add(earlier);
            await db.SaveChangesAsync();
            return await db.OutboxMessages.Where(m => m.Id == earlier.Id).ExecuteUpdateAsync(u => u
                .SetProperty(m => m.State, OutboxState.Dead).SetProperty(m => m.Attempts, 1)
                .SetProperty(m => m.LastError, "The API key this test was sent with has been revoked: the callback is not sent with any other key."));
        });

        Assert.That((await admin.PostAsync($"/admin/outbox/{earlier.Id}/replay", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var delivered = await GreenhouseApp.EventuallyAsync(() => CallbackMessageAsync(interviewId), m => m.State == OutboxState.Delivered);
        Assert.Multiple(() =>
        {
            Assert.That(delivered.State, Is.EqualTo(OutboxState.Delivered));
            Assert.That(_receiver.For(url).Select(c => c.Authorization), Is.EqualTo(new[] { BasicOf(k2) }));
        });
    }

    [Test]
    public async Task Replay_UnknownMessage_Returns404()
    {
        using var admin = _factory.CreateAdminClient();

        var response = await admin.PostAsync($"/admin/outbox/{Guid.NewGuid()}/replay", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private async Task<string> SendAsync(string apiKey, string url)
    {
        using var greenhouse = _factory.CreateGreenhouseClient(apiKey);
        return await greenhouse.SendTestAsync(GreenhouseApi.SendTest("12345", url: url));
    }

    private async Task<string> IssueKeyAsync(Tenant tenant)
    {
        using var admin = _factory.CreateAdminClient();
        return await admin.IssueKeyAsync(tenant.Id);
    }

    private static string BasicOf(string apiKey) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(apiKey + ":"));

    private async Task<string> SendAndCompleteAsync(string url)
    {
        using var greenhouse = _factory.CreateGreenhouseClient(_tenant.ApiKey);
        using var admin = _factory.CreateAdminClient();
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("12345", url: url));
        Assert.That(_receiver.For(url), Is.Empty, "no PATCH before completion");
        await admin.CompleteAsync(interviewId);
        return interviewId;
    }

    private Task<OutboxMessage> CallbackMessageAsync(string interviewId) => _factory.WithDbAsync(async db =>
    {
        var instanceId = await db.TestInstances.Where(i => i.PartnerInterviewId == interviewId).Select(i => i.Id).SingleAsync();
        return await db.OutboxMessages.AsNoTracking()
            .SingleAsync(m => m.Type == OutboxMessageType.CompletionCallback && m.Payload.Contains(instanceId.ToString()));
    });
}
