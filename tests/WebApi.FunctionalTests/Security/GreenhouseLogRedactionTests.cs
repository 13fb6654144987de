using System.Net;
using System.Text;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

namespace Partner.WebApi.FunctionalTests.Security;

/// <summary>
/// docs/architecture.md "Conventions" (logs) for Greenhouse: the logs never carry an organization's API key (before or after rotation), the Basic header
/// built from it, the admin key, or the candidate's e-mail and phone number. Every entry of every category is captured
/// while an organization is created, Greenhouse lists tests, sends one, polls its status, calls with a wrong key, the key
/// is rotated, and the test is completed with a completion callback.
/// </summary>
public sealed class GreenhouseLogRedactionTests
{
    private const string CandidateEmail = "kate.redaction.check@example.com";
    private const string CandidatePhone = "+1 (555) 867-5309";
    private const string WrongKey = "gh-wrong-key-7c4a8d09ca3762af61e59520943dc264";

    private CallbackReceiver _receiver = null!;
    private PartnerApiFactory _factory = null!;
    private Tenant _tenant = null!;
    private string _newKey = null!;
    private string _callbackUrl = null!;

    [OneTimeSetUp]
    public async Task StartAppAndRunCalls()
    {
        _receiver = await CallbackReceiver.StartAsync();
        _factory = new PartnerApiFactory(GreenhouseApp.Settings(), captureLogs: true);
        _tenant = await _factory.CreateTenantAsync(("12345", "My First Test"));
        _callbackUrl = _receiver.NewUrl(200);

        using var greenhouse = _factory.CreateGreenhouseClient(_tenant.ApiKey);
        using var listed = await greenhouse.GetAsync(GreenhouseApi.ListTestsPath);
        var body = GreenhouseApi.SendTest("12345", CandidateEmail, _callbackUrl);
        body["candidate"]!["phone_number"] = CandidatePhone;
        var interviewId = await greenhouse.SendTestAsync(body);
        using var status = await greenhouse.GetAsync(GreenhouseApi.TestStatusOf(interviewId));

        using var wrong = _factory.CreateGreenhouseClient(WrongKey);
        using var refused = await wrong.GetAsync(GreenhouseApi.ListTestsPath);

        using var admin = _factory.CreateAdminClient();
        using var issued = await admin.PostAsync(GreenhouseApi.ApiKeysOf(_tenant.Id), null);
        _newKey = (await issued.ReadJsonAsync())["api_key"]!.GetValue<string>();
        using var revoked = await admin.DeleteAsync($"/admin/organizations/{_tenant.Id}/api-keys/{_tenant.ApiKeyId}");
        using var oldKeyRefused = await greenhouse.GetAsync(GreenhouseApi.TestStatusOf(interviewId));
        using var rotated = _factory.CreateGreenhouseClient(_newKey);
        using var statusWithNewKey = await rotated.GetAsync(GreenhouseApi.TestStatusOf(interviewId));

        // The instance sent with the revoked key gets no callback (a dead letter that says why); one sent with the new key does.
        var sentWithNewKey = body.DeepClone().AsObject();
        var interviewWithNewKey = await rotated.SendTestAsync(sentWithNewKey);
        using var completedOld = await admin.ReportStatusAsync(interviewId, GreenhouseApi.Complete("https://p.example.com/r/redaction-old", 87));
        using var completed = await admin.ReportStatusAsync(interviewWithNewKey, GreenhouseApi.Complete("https://p.example.com/r/redaction", 88));
        var callbacks = await GreenhouseApp.EventuallyAsync(() => Task.FromResult(_receiver.For(_callbackUrl)), c => c.Any(r => r.AnsweredStatus == 200));
        // The dispatcher logs the delivery after the receiver answered: wait for it, so its entries are checked too.
        await GreenhouseApp.EventuallyAsync(() => Task.FromResult(Entries), e => e.Any(x => x.Message.Contains("(CompletionCallback) delivered on attempt", StringComparison.Ordinal)));

        Assert.Multiple(() =>
        {
            Assert.That(listed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(status.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(issued.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(oldKeyRefused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(statusWithNewKey.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(completedOld.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(completed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(callbacks.Select(c => c.AnsweredStatus), Has.Some.EqualTo(200), "the completion callback was delivered");
        });
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        _factory.Dispose();
        await _receiver.DisposeAsync();
    }

    private IReadOnlyList<CapturedLogEntry> Entries => _factory.Logs!.Entries;

    [Test]
    public void Logs_AreCaptured_IncludingTheCompletionAndItsCallback()
    {
        var messages = Entries.Select(e => e.Message).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(messages, Has.Some.Contains("is Complete").IgnoreCase, "the admin status report is logged");
            Assert.That(messages, Has.Some.Contains("acknowledged with HTTP 200"), "the completion callback is logged");
            Assert.That(messages, Has.Some.Contains("(CompletionCallback) delivered on attempt"), "the outbox delivery is logged");
        });
    }

    [Test]
    public void Logs_NeverContainTheOrganizationApiKeys()
    {
        AssertAbsent(_tenant.ApiKey);
        AssertAbsent(_newKey);
    }

    [Test]
    public void Logs_NeverContainTheWrongKey() => AssertAbsent(WrongKey);

    [Test]
    public void Logs_NeverContainTheBasicHeaderValues()
    {
        foreach (var key in new[] { _tenant.ApiKey, _newKey, WrongKey })
        {
            AssertAbsent(Convert.ToBase64String(Encoding.UTF8.GetBytes(key + ":")));
        }

        foreach (var authorization in _receiver.For(_callbackUrl).Select(c => c.Authorization).Where(a => a.Length > 0).Distinct())
        {
            AssertAbsent(authorization);
            AssertAbsent(authorization["Basic ".Length..]);
        }
    }

    [Test]
    public void Logs_NeverContainTheAdminKey() => AssertAbsent(PartnerApiFactory.AdminKey);

    [Test]
    public void Logs_NeverContainTheCandidateEmail() => AssertAbsent(CandidateEmail);

    [Test]
    public void Logs_NeverContainTheCandidatePhoneNumber()
    {
        AssertAbsent(CandidatePhone);
        AssertAbsent("867-5309");
    }

    private void AssertAbsent(string secret)
    {
        var leaks = Entries.Where(e => e.FullText.Contains(secret, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.That(leaks, Is.Empty, string.Join(Environment.NewLine, leaks.Select(e => e.FullText)));
    }
}
