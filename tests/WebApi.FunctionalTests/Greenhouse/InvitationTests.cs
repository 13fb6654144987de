using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partner.Domain.GreenhouseAssessment.Outbox;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Greenhouse;

/// <summary>
/// Invitations that expire, remind and can be extended (docs/greenhouse.md "Invitations"), with a clock the test moves:
/// one reminder through the outbox to a candidate who has not started, an expired link refused with a clear page and
/// test_status expired, and an extension that moves the deadline and sends the link again once.
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
[NonParallelizable]
public sealed class InvitationTests(Provider provider) : OwnHostFixture
{
    private readonly ShiftedTime _time = new();
    private readonly string _pickup = PickedUpMail.NewDirectory();

    protected override PartnerApiFactory CreateHost() =>
        new(GreenhouseApp.Settings(new Dictionary<string, string?> { ["Email:PickupDirectory"] = _pickup }),
            provider: provider, testServices: services => services.AddSingleton<TimeProvider>(_time));

    [OneTimeTearDown]
    public void RemovePickup()
    {
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }

    [SetUp]
    public void ResetClock() => _time.Offset = TimeSpan.Zero;

    [Test]
    public async Task NotStarted_GetsOneReminderTwoDaysBeforeExpiry_ThenExpires_TestStatusExpired_PageSaysSo_StartRefused()
    {
        var (tenant, email) = await TenantWithMailAsync(invitationDays: 5, reminderDays: 2);
        using var greenhouse = Factory.CreateGreenhouseClient(tenant.ApiKey);
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("inv", email));
        var token = await Factory.CandidateTokenAsync(interviewId);
        Assert.That((await PickedUpMail.WaitForAsync(_pickup, email, 1)).Single().Subject, Does.Contain("invites you"));

        _time.Offset = TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1);
        var mails = await PickedUpMail.WaitForAsync(_pickup, email, 2);
        await Task.Delay(300); // a second reminder would show up now
        Assert.Multiple(() =>
        {
            Assert.That(PickedUpMail.To(_pickup, email), Has.Count.EqualTo(2), "one invitation, one reminder");
            Assert.That(mails[1].Subject, Does.StartWith("Reminder:"));
            Assert.That(mails[1].TextBody, Does.Contain("/assessments/" + token).And.Contain("expires on").And.Contain("(in 2 days)"));
        });
        Assert.That(await StatusAsync(greenhouse, interviewId), Is.EqualTo("sent"));

        _time.Offset = TimeSpan.FromDays(5) + TimeSpan.FromMinutes(1);
        using var browser = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await browser.GetStringAsync($"/assessments/{token}");
        using var start = await browser.PostAsync($"/assessments/{token}/start", null);
        var startPage = await start.Content.ReadAsStringAsync();
        var instance = await Factory.WithDbAsync(db => db.TestInstances.AsNoTracking().SingleAsync(i => i.PartnerInterviewId == interviewId));
        Assert.Multiple(async () =>
        {
            Assert.That(await StatusAsync(greenhouse, interviewId), Is.EqualTo("expired"));
            Assert.That(page, Does.Contain("This invitation has expired").And.Contain("(1 minute ago)").And.Not.Contain("Start the test"));
            Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(startPage, Does.Contain("This invitation has expired"));
            Assert.That(instance.StartedAt, Is.Null, "starting was refused, nothing changed");
        });
    }

    [Test]
    public async Task Expired_Extended_MovesTheDeadline_SendsTheLinkOnce_AndTheCandidateCanStart()
    {
        var (tenant, email) = await TenantWithMailAsync(invitationDays: 3, reminderDays: 1);
        using var greenhouse = Factory.CreateGreenhouseClient(tenant.ApiKey);
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("inv", email));
        var token = await Factory.CandidateTokenAsync(interviewId);
        await PickedUpMail.WaitForAsync(_pickup, email, 1);
        _time.Offset = TimeSpan.FromDays(4);
        await PickedUpMail.WaitForAsync(_pickup, email, 1);
        Assert.That(await StatusAsync(greenhouse, interviewId), Is.EqualTo("expired"));
        var remindedBefore = await Factory.WithDbAsync(db => db.TestInstances.Where(i => i.PartnerInterviewId == interviewId).Select(i => i.RemindedAt).SingleAsync());

        using var admin = Factory.CreateAdminClient();
        using var extended = await admin.PostAsJsonAsync($"/admin/test-instances/{interviewId}/extend", new JsonObject { ["days"] = 7 });

        var body = await extended.ReadJsonAsync();
        Assert.That(extended.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
        var expiresAt = DateTimeOffset.Parse(body["invitation_expires_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var mails = await PickedUpMail.WaitForAsync(_pickup, email, remindedBefore is null ? 2 : 3);
        await Task.Delay(300);
        Assert.Multiple(async () =>
        {
            Assert.That(expiresAt, Is.EqualTo(_time.GetUtcNow().AddDays(7)).Within(TimeSpan.FromMinutes(1)), "7 days from now, the old expiry having passed");
            Assert.That(await StatusAsync(greenhouse, interviewId), Is.EqualTo("sent"));
            Assert.That(mails.Count(m => m.Subject?.Contains("invites you", StringComparison.Ordinal) == true), Is.EqualTo(2), "the link is sent again, once");
            Assert.That(mails[^1].TextBody, Does.Contain("/assessments/" + token).And.Contain("(in 7 days)"));
        });

        using var browser = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var start = await browser.PostAsync($"/assessments/{token}/start", null);
        Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(await StatusAsync(greenhouse, interviewId), Is.EqualTo("started"));
    }

    [Test]
    public async Task Extended_BeforeTheReminder_TheReminderMovesWithTheDeadline_AndIsSentOnce()
    {
        var (tenant, email) = await TenantWithMailAsync(invitationDays: 4, reminderDays: 2);
        using var greenhouse = Factory.CreateGreenhouseClient(tenant.ApiKey);
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("inv", email));
        await PickedUpMail.WaitForAsync(_pickup, email, 1);
        using var admin = Factory.CreateAdminClient();

        var extended = await (await admin.PostAsJsonAsync($"/admin/test-instances/{interviewId}/extend", new JsonObject { ["days"] = 3 })).ReadJsonAsync();
        await PickedUpMail.WaitForAsync(_pickup, email, 2);
        _time.Offset = TimeSpan.FromDays(2) + TimeSpan.FromHours(1); // the first reminder's time: it must send nothing now
        await Task.Delay(500);
        var beforeMoved = PickedUpMail.To(_pickup, email).Count;
        _time.Offset = TimeSpan.FromDays(5) + TimeSpan.FromHours(1); // 2 days before the new expiry (day 7)
        var mails = await PickedUpMail.WaitForAsync(_pickup, email, 3);
        await Task.Delay(300);
        var reminders = await Factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Type == OutboxMessageType.InvitationReminder)
            .Where(m => m.Payload.Contains(db.TestInstances.Where(i => i.PartnerInterviewId == interviewId).Select(i => i.Id.ToString()).First()))
            .ToListAsync());
        Assert.Multiple(() =>
        {
            Assert.That(DateTimeOffset.Parse(extended["remind_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
                Is.EqualTo(DateTimeOffset.Parse(extended["invitation_expires_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).AddDays(-2)));
            Assert.That(beforeMoved, Is.EqualTo(2), "the earlier reminder sent nothing");
            Assert.That(PickedUpMail.To(_pickup, email), Has.Count.EqualTo(3));
            Assert.That(mails.Count(m => m.Subject?.StartsWith("Reminder:", StringComparison.Ordinal) == true), Is.EqualTo(1));
            Assert.That(reminders.Select(m => m.State), Has.All.EqualTo(OutboxState.Delivered));
        });
    }

    [Test]
    public async Task Started_GetsNoReminder_AndCannotBeExtended()
    {
        var (tenant, email) = await TenantWithMailAsync(invitationDays: 3, reminderDays: 1);
        using var greenhouse = Factory.CreateGreenhouseClient(tenant.ApiKey);
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("inv", email));
        var token = await Factory.CandidateTokenAsync(interviewId);
        await PickedUpMail.WaitForAsync(_pickup, email, 1);
        using var browser = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await browser.PostAsync($"/assessments/{token}/start", null)).Dispose();

        _time.Offset = TimeSpan.FromDays(2) + TimeSpan.FromHours(1);
        await Task.Delay(500);
        using var admin = Factory.CreateAdminClient();
        using var extend = await admin.PostAsJsonAsync($"/admin/test-instances/{interviewId}/extend", new JsonObject { ["days"] = 3 });

        Assert.Multiple(async () =>
        {
            Assert.That(PickedUpMail.To(_pickup, email), Has.Count.EqualTo(1), "no reminder once started");
            Assert.That(await StatusAsync(greenhouse, interviewId), Is.EqualTo("started"));
            Assert.That(extend.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await extend.ReadJsonAsync())["error_reason"]!.GetValue<string>(), Is.EqualTo("conflict"));
        });
    }

    [TestCase("{\"days\": 0}")]
    [TestCase("{\"days\": 366}")]
    [TestCase("{\"days\": \"seven\"}")]
    [TestCase("{}")]
    public async Task Extend_BadBody_Is400_AndChangesNothing(string json)
    {
        var (tenant, email) = await TenantWithMailAsync(invitationDays: 3, reminderDays: 1);
        using var greenhouse = Factory.CreateGreenhouseClient(tenant.ApiKey);
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("inv", email));
        var before = await Factory.WithDbAsync(db => db.TestInstances.Where(i => i.PartnerInterviewId == interviewId).Select(i => i.InvitationExpiresAt).SingleAsync());
        using var admin = Factory.CreateAdminClient();

        using var response = await admin.PostAsync($"/admin/test-instances/{interviewId}/extend", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        var after = await Factory.WithDbAsync(db => db.TestInstances.Where(i => i.PartnerInterviewId == interviewId).Select(i => i.InvitationExpiresAt).SingleAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await response.ReadJsonAsync())["error_reason"]!.GetValue<string>(), Is.EqualTo("bad_request"));
            Assert.That(after, Is.EqualTo(before));
        });
    }

    [Test]
    public async Task Extend_UnknownInterview_Is404()
    {
        using var admin = Factory.CreateAdminClient();
        using var response = await admin.PostAsJsonAsync("/admin/test-instances/no-such-interview/extend", new JsonObject { ["days"] = 3 });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase(0, 0, "invitation_lifetime_days")]
    [TestCase(5, 5, "reminder_days_before_expiry")]
    [TestCase(366, 2, "invitation_lifetime_days")]
    [TestCase(14, -1, "reminder_days_before_expiry")]
    public async Task CreateTest_InvitationSettingsOutOfRange_Is400(int days, int reminder, string field)
    {
        var tenant = await Factory.CreateTenantAsync();
        using var admin = Factory.CreateAdminClient();
        using var response = await admin.PostAsJsonAsync(GreenhouseApi.TestsOf(tenant.Id), GreenhouseApi.CreateTest(null, "Bad", days, reminder));
        var json = await response.ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(json.ToJsonString(), Does.Contain(field));
        });
    }

    [Test]
    public async Task SetInvitation_AppliesToTestsSentFromNowOn_BadValuesAre400AndChangeNothing()
    {
        var (tenant, email) = await TenantWithMailAsync(invitationDays: 5, reminderDays: 1);
        using var greenhouse = Factory.CreateGreenhouseClient(tenant.ApiKey);
        var before = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("inv", email));
        using var admin = Factory.CreateAdminClient();

        using var bad = await admin.PutAsJsonAsync($"/admin/organizations/{tenant.Id}/tests/inv/invitation",
            new JsonObject { ["invitation_lifetime_days"] = 3, ["reminder_days_before_expiry"] = 3 });
        using var unknown = await admin.PutAsJsonAsync($"/admin/organizations/{tenant.Id}/tests/nope/invitation", new JsonObject());
        using var set = await admin.PutAsJsonAsync($"/admin/organizations/{tenant.Id}/tests/inv/invitation",
            new JsonObject { ["invitation_lifetime_days"] = 21, ["reminder_days_before_expiry"] = 3 });
        var after = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("inv", email));

        var instances = await Factory.WithDbAsync(db => db.TestInstances.AsNoTracking().Where(i => i.PartnerInterviewId == before || i.PartnerInterviewId == after)
            .ToDictionaryAsync(i => i.PartnerInterviewId));
        var json = await set.ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((json["invitation_lifetime_days"]!.GetValue<int>(), json["reminder_days_before_expiry"]!.GetValue<int>()), Is.EqualTo((21, 3)));
            Assert.That(instances[before].InvitationExpiresAt, Is.EqualTo(instances[before].SentAt.AddDays(5)), "sent before: keeps its expiry");
            Assert.That(instances[after].InvitationExpiresAt, Is.EqualTo(instances[after].SentAt.AddDays(21)));
            Assert.That(instances[after].RemindAt, Is.EqualTo(instances[after].SentAt.AddDays(18)));
        });
    }

    /// <summary>An organization with one test of the given invitation settings, and a candidate address of the test's own.</summary>
    private async Task<(Tenant Tenant, string Email)> TenantWithMailAsync(int invitationDays, int reminderDays)
    {
        var tenant = await Factory.CreateTenantAsync();
        using var admin = Factory.CreateAdminClient();
        await admin.CreateTestAsync(tenant.Id, GreenhouseApi.CreateTest("inv", "Invitation test", invitationDays, reminderDays));
        return (tenant, $"candidate-{Guid.NewGuid():N}@example.com");
    }

    private static async Task<string> StatusAsync(HttpClient greenhouse, string interviewId) =>
        (await greenhouse.TestStatusAsync(interviewId))["partner_status"]!
        .GetValue<string>();
}
