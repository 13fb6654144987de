using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Partner.Domain.DatabricksPartnerConnect.Accounts;
using Partner.Domain.DatabricksPartnerConnect.Connections;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Persistence;

/// <summary>
/// No write can stall the process: whatever a save runs into (a concurrency conflict, a unique violation, a busy,
/// full or read-only database, a cancelled request), the next request can write. Races answer what a sequential
/// repeat would, never a 5xx.
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
public sealed class WritePathTests(Provider provider)
{
    // A write that waits longer than this is stalled: a healthy one takes milliseconds.
    private static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(15);

    [Test]
    public async Task DeleteAccount_ConcurrentDeleteRemovedTheRowFirst_Answers200AndTheNextWriteProceeds()
    {
        // The concurrency conflict is made certain: just before the save, another context deletes the same account,
        // so EF's DELETE finds no row (DbUpdateConcurrencyException). This once leaked the SQLite write gate.
        var race = new WriteFirst(context => WriteFirst.Writes<Account>(context, EntityState.Deleted),
            (context, db) => db.Accounts.Where(a => a.Id == WriteFirst.Saving<Account>(context, EntityState.Deleted).Id).ExecuteDeleteAsync());
        using var factory = new PartnerApiFactory(provider: provider);
        using var app = factory.AnotherInstance(testServices: s => s.AddSingleton<IInterceptor>(race));
        race.Services = app.Services;
        using var client = app.CreateDatabricksClient();
        var domain = DatabricksRequests.NewTestDomain();
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        await client.ConnectNewAsync($"admin@{domain}", workspaceId);

        var (deleted, deletedJson) = await client.DeleteAccountAsync(domain, workspaceId);

        Assert.Multiple(() =>
        {
            Assert.That(race.Fired, Is.True, "the concurrent delete ran before the save");
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK), deletedJson.ToJsonString());
        });
        await AssertNextWriteProceedsAsync(client);
    }

    [Test]
    public async Task DeleteConnection_AnotherDeleteOfItLandedFirst_AnswersConnectionNotFoundLikeASecondDelete()
    {
        var firstDeletedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var race = new WriteFirst(context => WriteFirst.Writes<Connection>(context, EntityState.Modified),
            (context, db) => db.Connections.Where(c => c.Id == WriteFirst.Saving<Connection>(context, EntityState.Modified).Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.DeletedAt, firstDeletedAt)));
        using var factory = new PartnerApiFactory(provider: provider);
        using var app = factory.AnotherInstance(testServices: s => s.AddSingleton<IInterceptor>(race));
        race.Services = app.Services;
        using var client = app.CreateDatabricksClient();
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var connectionId = await client.ConnectNewAsync($"admin@{DatabricksRequests.NewTestDomain()}", workspaceId);

        var (deleted, deletedJson) = await client.DeleteConnectionAsync(connectionId, workspaceId);
        var (repeated, repeatedJson) = await client.DeleteConnectionAsync(connectionId, workspaceId);

        var deletedAt = await factory.WithDbAsync(db => db.Connections.Where(c => c.Id == Guid.Parse(connectionId)).Select(c => c.DeletedAt).SingleAsync());
        Assert.Multiple(() =>
        {
            Assert.That(race.Fired, Is.True, "the concurrent delete ran before the save");
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), deletedJson.ToJsonString());
            Assert.That(deletedJson.ToJsonString(), Is.EqualTo(repeatedJson.ToJsonString()));
            Assert.That(repeated.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(deletedAt, Is.EqualTo(firstDeletedAt), "the first delete's time stands");
        });
        await AssertNextWriteProceedsAsync(client);
    }

    [Test]
    public async Task EightConcurrentDeleteAccounts_OfOneDomain_AllAnswer200_AndWritesGoOn()
    {
        using var factory = new PartnerApiFactory(provider: provider);
        using var client = factory.CreateDatabricksClient();
        for (var round = 0; round < 5; round++)
        {
            var domain = DatabricksRequests.NewTestDomain();
            var workspaceId = DatabricksRequests.NewWorkspaceId();
            await client.ConnectNewAsync($"admin@{domain}", workspaceId);

            var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.DeleteAccountAsync(domain, workspaceId)));

            Assert.That(answers.Select(a => a.Response.StatusCode), Is.All.EqualTo(HttpStatusCode.OK),
                string.Join(Environment.NewLine, answers.Select(a => a.Json.ToJsonString())));
            Assert.That(await factory.WithDbAsync(db => db.Accounts.CountAsync(a => a.Domain == domain)), Is.Zero);
        }

        await AssertNextWriteProceedsAsync(client);
    }

    [Test]
    public async Task DeleteConnectionExpireAndConnect_RacingDeleteAccount_AnswerAsInSomeSequentialOrder_No5xx()
    {
        using var factory = new PartnerApiFactory(provider: provider);
        using var client = factory.CreateDatabricksClient();
        for (var round = 0; round < 5; round++)
        {
            var domain = DatabricksRequests.NewTestDomain();
            var email = $"admin@{domain}";
            var workspaceId = DatabricksRequests.NewWorkspaceId();
            var connectionId = await client.ConnectNewAsync(email, workspaceId);

            var deleteAccount = client.DeleteAccountAsync(domain, workspaceId);
            var deleteConnection = client.DeleteConnectionAsync(connectionId, workspaceId);
            var expire = client.ExpireUserAccountAsync(email, workspaceId);
            // A sign-in whose databricks_user_id changed updates the user the delete removes.
            var connect = client.ConnectAsync(DatabricksRequests.Connect(email, workspaceId, databricksUserId: 77_000 + round));
            await Task.WhenAll(deleteAccount, deleteConnection, expire, connect);

            Assert.Multiple(() =>
            {
                Assert.That(deleteAccount.Result.Response.StatusCode, Is.EqualTo(HttpStatusCode.OK), deleteAccount.Result.Json.ToJsonString());
                // Before the account's delete: deleted; after it: the connection is unknown.
                Assert.That(deleteConnection.Result.Response.StatusCode, Is.AnyOf(HttpStatusCode.OK, HttpStatusCode.NotFound),
                    deleteConnection.Result.Json.ToJsonString());
                Assert.That(expire.Result.Response.StatusCode, Is.AnyOf(HttpStatusCode.OK, HttpStatusCode.NotFound), expire.Result.Json.ToJsonString());
                // Before: signs in (or opens a fresh account after it); a connect decides again, it never fails on the race.
                Assert.That(connect.Result.Response.StatusCode, Is.EqualTo(HttpStatusCode.OK), connect.Result.Json.ToJsonString());
            });
        }

        await AssertNextWriteProceedsAsync(client);
    }

    [Test]
    public async Task ConnectsOfOneEmail_WithChangingDatabricksUserIds_AllAnswer200_AndWritesGoOn()
    {
        using var factory = new PartnerApiFactory(provider: provider);
        using var client = factory.CreateDatabricksClient();
        var domain = DatabricksRequests.NewTestDomain();
        var email = $"admin@{domain}";
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        await client.ConnectNewAsync(email, workspaceId);

        var answers = await Task.WhenAll(Enumerable.Range(0, 16)
            .Select(i => client.ConnectAsync(DatabricksRequests.Connect(email, workspaceId, databricksUserId: 5_000 + (i % 4)))));

        Assert.That(answers.Select(a => a.Response.StatusCode), Is.All.EqualTo(HttpStatusCode.OK),
            string.Join(Environment.NewLine, answers.Select(a => a.Json.ToJsonString())));
        await AssertNextWriteProceedsAsync(client);
    }

    [TestCase(DatabaseFailure.Busy)]
    [TestCase(DatabaseFailure.DiskFull)]
    [TestCase(DatabaseFailure.ReadOnly)]
    [TestCase(DatabaseFailure.Timeout)]
    [TestCase(DatabaseFailure.BrokenConnection)]
    public async Task SaveFails_Answers500EnvelopeAndWritesNothing_AndTheNextWriteProceeds(DatabaseFailure failure)
    {
        var fault = WriteFault.FailNext(DatabaseFailures.Exception(failure, provider));
        using var factory = new PartnerApiFactory(provider: provider);
        using var app = factory.AnotherInstance(testServices: s => s.AddSingleton<IInterceptor>(fault));
        using var client = app.CreateDatabricksClient();
        fault.Armed = true;
        var domain = DatabricksRequests.NewTestDomain();

        var (answer, json) = await client.ConnectAsync(DatabricksRequests.Connect($"admin@{domain}", DatabricksRequests.NewWorkspaceId()));

        var accounts = await factory.WithDbAsync(db => db.Accounts.CountAsync(a => a.Domain == domain));
        Assert.That(fault.Hits, Is.EqualTo(1));
        // No provider retries on its own (docs/operations.md "When the database is down"): the caller (Databricks) retries a 500.
        Assert.Multiple(() =>
        {
            Assert.That((int)answer.StatusCode, Is.EqualTo(500), json.ToJsonString());
            Assert.That(json.Text("error_reason"), Is.EqualTo("general_error"));
            Assert.That(accounts, Is.Zero, "nothing half-written");
        });

        await AssertNextWriteProceedsAsync(client);
    }

    [Test]
    public async Task RequestCancelledWhileItsSaveWaits_TheNextWriteProceeds()
    {
        var hold = WriteFault.HoldNext();
        using var factory = new PartnerApiFactory(provider: provider);
        using var app = factory.AnotherInstance(testServices: s => s.AddSingleton<IInterceptor>(hold));
        using var client = app.CreateDatabricksClient();
        hold.Armed = true;
        using var cancel = new CancellationTokenSource();

        var abandoned = client.PostAsJsonAsync("/partners/databricks/v1/connect",
            DatabricksRequests.Connect($"admin@{DatabricksRequests.NewTestDomain()}", DatabricksRequests.NewWorkspaceId()), cancel.Token);
        await hold.Reached.Task.WaitAsync(StallLimit);
        await cancel.CancelAsync();

        Assert.That(async () => await abandoned, Throws.InstanceOf<OperationCanceledException>());
        await hold.Cancelled.Task.WaitAsync(StallLimit);
        await AssertNextWriteProceedsAsync(client);
    }

    /// <summary>A connect of a new customer writes an account, a user and a connection; it must finish promptly.</summary>
    private static async Task AssertNextWriteProceedsAsync(HttpClient client)
    {
        var domain = DatabricksRequests.NewTestDomain();
        var connect = client.ConnectAsync(DatabricksRequests.Connect($"next@{domain}", DatabricksRequests.NewWorkspaceId()));
        var finished = await Task.WhenAny(connect, Task.Delay(StallLimit));

        Assert.That(finished, Is.SameAs(connect), $"a write after the failure did not finish within {StallLimit.TotalSeconds} s: the write path is stalled");
        var (response, json) = await connect;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
    }
}
