using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partner.Domain.Outbox;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

namespace Partner.WebApi.FunctionalTests.Greenhouse;

/// <summary>
/// PATCH send_test's url on completion, through the outbox: retries, exactly one acknowledgement, dead letters, and only
/// ever with the API key send_test was called with.
/// </summary>
public sealed class CompletionCallbackTests
{
    private CallbackReceiver _receiver = null!;
    private PartnerApiFactory _factory = null!;
    private Tenant _tenant = null!;

    [OneTimeSetUp]
    public async Task StartApp()
    {
        _receiver = await CallbackReceiver.StartAsync();
        _factory = new PartnerApiFactory(GreenhouseApp.Settings());
        _tenant = await _factory.CreateTenantAsync(("12345", "My First Test"));
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        _factory.Dispose();
        await _receiver.DisposeAsync();
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
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApp.SendTestBody("12345"));

        await CompleteAsync(admin, interviewId);

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

        await CompleteAsync(_factory.CreateAdminClient(), interviewId);

        var delivered = await GreenhouseApp.EventuallyAsync(() => CallbackMessageAsync(interviewId), m => m.State == OutboxState.Delivered);
        Assert.Multiple(() =>
        {
            Assert.That(delivered.State, Is.EqualTo(OutboxState.Delivered));
            Assert.That(_receiver.For(url).Select(c => c.Authorization), Is.EqualTo(new[] { BasicOf(tenant.ApiKey) }));
            Assert.That(_receiver.For(url).Select(c => c.Authorization), Has.None.EqualTo(BasicOf(newer)));
        });
    }

    [Test]
    public async Task Complete_AfterTheKeySendTestWasCalledWithWasRevoked_SendsNoCallback_DeadLetterSaysWhy()
    {
        // A leaked key K1 plants a url; the operator issues K2 and revokes K1. K2 must never reach that url.
        var tenant = await _factory.CreateTenantAsync(("12345", "My First Test"));
        var url = _receiver.NewUrl(204);
        var interviewId = await SendAsync(tenant.ApiKey, url);
        var newer = await IssueKeyAsync(tenant);
        using var admin = _factory.CreateAdminClient();
        var revoked = await admin.DeleteAsync($"/admin/organizations/{tenant.Id}/api-keys/{tenant.ApiKeyId}");
        Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await CompleteAsync(admin, interviewId);

        var dead = await GreenhouseApp.EventuallyAsync(() => CallbackMessageAsync(interviewId), m => m.State == OutboxState.Dead);
        var listed = await (await admin.GetAsync("/admin/outbox?state=dead&page_size=500")).ReadJsonAsync();
        var item = listed["items"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == dead.Id.ToString())!;
        Assert.Multiple(() =>
        {
            Assert.That(dead.State, Is.EqualTo(OutboxState.Dead));
            Assert.That(dead.Attempts, Is.EqualTo(1), "a revoked key is not retried");
            Assert.That(_receiver.For(url), Is.Empty, "nothing was sent to the url");
            Assert.That(item["last_error"]!.GetValue<string>(), Does.Contain("revoked"));
            Assert.That(item.ToJsonString(), Does.Not.Contain(newer).And.Not.Contain(tenant.ApiKey));
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
        return await greenhouse.SendTestAsync(GreenhouseApp.SendTestBody("12345", url: url));
    }

    private async Task<string> IssueKeyAsync(Tenant tenant)
    {
        using var admin = _factory.CreateAdminClient();
        using var issued = await admin.PostAsync($"/admin/organizations/{tenant.Id}/api-keys", null);
        Assert.That(issued.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        return (await issued.ReadJsonAsync())["api_key"]!.GetValue<string>();
    }

    private static string BasicOf(string apiKey) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(apiKey + ":"));

    private async Task<string> SendAndCompleteAsync(string url)
    {
        using var greenhouse = _factory.CreateGreenhouseClient(_tenant.ApiKey);
        using var admin = _factory.CreateAdminClient();
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApp.SendTestBody("12345", url: url));
        Assert.That(_receiver.For(url), Is.Empty, "no PATCH before completion");
        await CompleteAsync(admin, interviewId);
        return interviewId;
    }

    private static async Task CompleteAsync(HttpClient admin, string interviewId)
    {
        var response = await admin.PostAsJsonAsync($"/admin/test-instances/{interviewId}/status",
            new JsonObject { ["partner_status"] = "complete", ["partner_profile_url"] = "https://p.example.com/r/1", ["partner_score"] = 70 });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    private Task<OutboxMessage> CallbackMessageAsync(string interviewId) => _factory.WithDbAsync(async db =>
    {
        var instanceId = await db.TestInstances.Where(i => i.PartnerInterviewId == interviewId).Select(i => i.Id).SingleAsync();
        return await db.OutboxMessages.AsNoTracking()
            .SingleAsync(m => m.Type == OutboxMessageType.CompletionCallback && m.Payload.Contains(instanceId.ToString()));
    });
}
