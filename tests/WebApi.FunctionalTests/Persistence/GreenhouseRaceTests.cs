using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Partner.Domain.GreenhouseAssessment.Outbox;
using Partner.Domain.GreenhouseAssessment;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

namespace Partner.WebApi.FunctionalTests.Persistence;

/// <summary>
/// Races on the Greenhouse and admin writes answer what a sequential repeat would, never a 5xx. Each race is made
/// certain: just before the save, another request's write lands through its own context.
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
public sealed class GreenhouseRaceTests(Provider provider)
{
    [Test]
    public async Task DeleteTest_AnotherDeleteRemovedItFirst_Answers404LikeASecondDelete()
    {
        var race = new WriteFirst(context => WriteFirst.Writes<AssessmentTest>(context, EntityState.Deleted),
            (context, db) => db.AssessmentTests.Where(t => t.Id == WriteFirst.Saving<AssessmentTest>(context, EntityState.Deleted).Id).ExecuteDeleteAsync());
        using var factory = Factory(race);
        var tenant = await factory.CreateTenantAsync(("t1", "Test 1"));
        using var admin = factory.CreateAdminClient();

        using var deleted = await admin.DeleteAsync($"/admin/organizations/{tenant.Id}/tests/t1");
        using var repeated = await admin.DeleteAsync($"/admin/organizations/{tenant.Id}/tests/t1");

        var (body, repeatedBody) = (await deleted.Content.ReadAsStringAsync(), await repeated.Content.ReadAsStringAsync());
        Assert.Multiple(() =>
        {
            Assert.That(race.Fired, Is.True, "the concurrent delete ran before the save");
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), body);
            Assert.That(body, Is.EqualTo(repeatedBody));
        });
    }

    [Test]
    public async Task DeleteTest_ASendTestLandedAfterItsNeverSentCheck_Answers409_AndTheSentTestStays()
    {
        var sendFirst = new AfterInstancesChecked();
        using var factory = new PartnerApiFactory(GreenhouseApp.Settings(), provider: provider,
            testServices: services => services.AddSingleton<IInterceptor>(sendFirst));
        var tenant = await factory.CreateTenantAsync(("t1", "Test 1"));
        using var greenhouse = factory.CreateGreenhouseClient(tenant.ApiKey);
        using var admin = factory.CreateAdminClient();
        string? interviewId = null;
        sendFirst.Then = async () => interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("t1"));

        using var deleted = await admin.DeleteAsync($"/admin/organizations/{tenant.Id}/tests/t1");

        var body = await deleted.Content.ReadAsStringAsync();
        using var status = await greenhouse.GetAsync(GreenhouseApi.TestStatusOf(interviewId ?? string.Empty));
        Assert.Multiple(() =>
        {
            Assert.That(interviewId, Is.Not.Null, "send_test ran between the delete's check and its save");
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), body);
            Assert.That(status.StatusCode, Is.EqualTo(HttpStatusCode.OK), "Greenhouse can still ask for the candidate's status");
        });
    }

    [Test]
    public async Task SendTest_TheTestWasDeletedFirst_AnswersAsForAnUnknownTest_AndStoresNothing()
    {
        var race = new WriteFirst(context => WriteFirst.Writes<TestInstance>(context, EntityState.Added),
            (context, db) =>
            {
                var testId = WriteFirst.Saving<TestInstance>(context, EntityState.Added).AssessmentTestId;
                return db.AssessmentTests.Where(t => t.Id == testId).ExecuteDeleteAsync();
            });
        using var factory = Factory(race);
        var tenant = await factory.CreateTenantAsync(("t1", "Test 1"));
        using var greenhouse = factory.CreateGreenhouseClient(tenant.ApiKey);

        using var sent = await greenhouse.PostAsJsonAsync(GreenhouseApi.SendTestPath, GreenhouseApi.SendTest("t1"));
        using var unknown = await greenhouse.PostAsJsonAsync(GreenhouseApi.SendTestPath, GreenhouseApi.SendTest("t1"));

        var (body, unknownBody) = (await sent.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        var instances = await factory.WithDbAsync(db => db.TestInstances.CountAsync(i => i.OrganizationId == tenant.Id));
        var messages = await factory.WithDbAsync(db => db.OutboxMessages.CountAsync());
        Assert.Multiple(() =>
        {
            Assert.That(race.Fired, Is.True, "the concurrent delete ran before the save");
            Assert.That((int)sent.StatusCode, Is.LessThan(500), body);
            Assert.That(sent.StatusCode, Is.EqualTo(unknown.StatusCode));
            Assert.That(body, Is.EqualTo(unknownBody));
            Assert.That(instances, Is.Zero);
            Assert.That(messages, Is.Zero);
        });
    }

    [Test]
    public async Task ReplayDeadLetter_AnotherReplayWonAndADispatcherClaimedIt_Answers409_AndTheClaimStands()
    {
        var claimedUntil = DateTimeOffset.UtcNow.AddMinutes(5);
        var race = new WriteFirst(context => WriteFirst.Writes<OutboxMessage>(context, EntityState.Modified),
            (context, db) =>
            {
                var id = WriteFirst.Saving<OutboxMessage>(context, EntityState.Modified).Id;
                // The first replay made it pending, then a dispatcher claimed it for delivery.
                return db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.State, OutboxState.Pending)
                    .SetProperty(m => m.Attempts, 1)
                    .SetProperty(m => m.LeaseOwner, "another-instance")
                    .SetProperty(m => m.LeaseExpiresAt, claimedUntil));
            });
        using var factory = Factory(race, new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" });
        var message = OutboxMessage.Create(OutboxMessageType.CandidateEmail, $"{{\"testInstanceId\":\"{Guid.NewGuid()}\"}}", DateTimeOffset.UtcNow);
        await factory.WithDbAsync(async db =>
        {
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            return await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxState.Dead));
        });
        using var admin = factory.CreateAdminClient();

        using var replay = await admin.PostAsync($"/admin/outbox/{message.Id}/replay", null);

        var body = await replay.Content.ReadAsStringAsync();
        var stored = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == message.Id));
        Assert.Multiple(() =>
        {
            Assert.That(race.Fired, Is.True, "the concurrent replay and claim ran before the save");
            Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), body);
            Assert.That(stored.LeaseOwner, Is.EqualTo("another-instance"), "the dispatcher's claim was cleared: it could be delivered twice");
            Assert.That(stored.Attempts, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task RevokeKey_AnotherRevokeLandedFirst_Answers204_AndTheFirstRevokeTimeStands()
    {
        var firstRevokedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var race = new WriteFirst(context => WriteFirst.Writes<OrganizationApiKey>(context, EntityState.Modified),
            (context, db) =>
            {
                var id = WriteFirst.Saving<OrganizationApiKey>(context, EntityState.Modified).Id;
                return db.OrganizationApiKeys.Where(k => k.Id == id).ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, firstRevokedAt));
            });
        using var factory = Factory(race);
        var tenant = await factory.CreateTenantAsync();
        using var admin = factory.CreateAdminClient();

        using var revoked = await admin.DeleteAsync($"/admin/organizations/{tenant.Id}/api-keys/{tenant.ApiKeyId}");

        var body = await revoked.Content.ReadAsStringAsync();
        var revokedAt = await factory.WithDbAsync(db => db.OrganizationApiKeys.Where(k => k.Id == tenant.ApiKeyId).Select(k => k.RevokedAt).SingleAsync());
        using var greenhouse = factory.CreateGreenhouseClient(tenant.ApiKey);
        using var listed = await greenhouse.GetAsync(GreenhouseApi.ListTestsPath);
        Assert.Multiple(() =>
        {
            Assert.That(race.Fired, Is.True, "the concurrent revoke ran before the save");
            Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), body);
            Assert.That(revokedAt, Is.EqualTo(firstRevokedAt), "the first revoke's time stands");
            Assert.That(listed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    private PartnerApiFactory Factory(WriteFirst race, Dictionary<string, string?>? settings = null)
    {
        var factory = new PartnerApiFactory(GreenhouseApp.Settings(settings), provider: provider,
            testServices: services => services.AddSingleton<IInterceptor>(race));
        race.Services = factory.Services;
        return factory;
    }

    /// <summary>Once armed with <see cref="Then"/>: runs it right after a query looked for a test's instances.</summary>
    private sealed class AfterInstancesChecked : DbCommandInterceptor
    {
        public Func<Task>? Then { get; set; }

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
            CancellationToken cancellationToken = default)
        {
            var then = Then;
            if (then is not null && command.CommandText.Contains("\"TestInstances\"", StringComparison.Ordinal)
                && command.CommandText.Contains("EXISTS", StringComparison.Ordinal))
            {
                Then = null;
                await then();
            }

            return result;
        }
    }
}
