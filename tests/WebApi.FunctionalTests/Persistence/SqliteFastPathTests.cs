using System.Data;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.Extensions.DependencyInjection;
using Partner.Application.Common.Interfaces;
using Partner.Application.DatabricksPartnerConnect.Interfaces;
using Partner.Infrastructure.DatabricksPartnerConnect.Persistence;
using Partner.Infrastructure.Persistence;
using Partner.Infrastructure.Persistence.Sqlite;

namespace Partner.WebApi.FunctionalTests.Persistence;

/// <summary>
/// The SQLite fast path (docs/decisions/0004-sqlite-fast-path.md) still works as designed. These fail when an EF
/// upgrade changes what it relies on: the subclassed EF-internal connection, the application services EF resolves the
/// write gate from, the reader the prepared statements belong to.
/// </summary>
public sealed class SqliteFastPathTests
{
    private PartnerApiFactory _factory = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        _factory = new PartnerApiFactory();
        _ = _factory.Server;
    }

    [OneTimeTearDown]
    public void StopApp() => _factory.Dispose();

    [Test]
    public async Task PooledContext_UsesKeptOpenConnection_WhichStaysOpenAfterAQueryAndAcrossRentals()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
#pragma warning disable EF1001 // The EF-internal service is what the fast path replaces.
            Assert.That(db.GetService<ISqliteRelationalConnection>(), Is.InstanceOf<KeptOpenSqliteConnection>());
#pragma warning restore EF1001
            await db.Accounts.AnyAsync();
            Assert.That(db.Database.GetDbConnection().State, Is.EqualTo(ConnectionState.Open), "EF closed the connection after the query");
        }

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            Assert.That(db.Database.GetDbConnection().State, Is.EqualTo(ConnectionState.Open), "EF closed the connection when the context went back to the pool");
        }
    }

    [Test]
    public async Task Saves_QueueOnTheWriteGate()
    {
        var gate = _factory.Services.GetRequiredService<SqliteWriteGate>();
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var holder = gate.RunAsync(_ => release.Task, CancellationToken.None);
        using var client = _factory.CreateDatabricksClient();

        var connect = client.ConnectAsync(DatabricksRequests.Connect($"admin@{DatabricksRequests.NewTestDomain()}", DatabricksRequests.NewWorkspaceId()));
        var early = await Task.WhenAny(connect, Task.Delay(TimeSpan.FromMilliseconds(500)));
        release.SetResult(0);
        await holder;

        Assert.That(early, Is.Not.SameAs(connect), "the connect saved while another save held the gate");
        var (response, json) = await connect.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
            Assert.That(gate.IsHeld, Is.False);
        });
    }

    [Test]
    public async Task SetBasedWrites_QueueOnTheWriteGate_AndReleaseItWhateverTheyThrow()
    {
        var gate = _factory.Services.GetRequiredService<SqliteWriteGate>();
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var holder = gate.RunAsync(_ => release.Task, CancellationToken.None);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var missing = Guid.NewGuid();

        var update = db.ExecuteWriteAsync(token => db.OutboxMessages.Where(m => m.Id == missing)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastError, "never"), token), CancellationToken.None);
        var early = await Task.WhenAny(update, Task.Delay(TimeSpan.FromMilliseconds(500)));
        release.SetResult(0);
        await holder;

        Assert.That(early, Is.Not.SameAs(update), "the set-based write ran while a save held the gate");
        Assert.That(await update.WaitAsync(TimeSpan.FromSeconds(15)), Is.Zero);
        Assert.ThrowsAsync<InvalidOperationException>(() => db.ExecuteWriteAsync(_ => throw new InvalidOperationException(), CancellationToken.None));
        Assert.That(gate.IsHeld, Is.False);
    }

    [Test]
    public async Task GreenhouseKeyUse_IsRecordedThroughTheWriteGate()
    {
        var tenant = await _factory.CreateTenantAsync(("gate-1", "Gate test"));
        var gate = _factory.Services.GetRequiredService<SqliteWriteGate>();
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var holder = gate.RunAsync(_ => release.Task, CancellationToken.None);
        using var greenhouse = _factory.CreateGreenhouseClient(tenant.ApiKey);

        var call = greenhouse.GetAsync(GreenhouseApi.ListTestsPath);
        var early = await Task.WhenAny(call, Task.Delay(TimeSpan.FromMilliseconds(500)));
        release.SetResult(0);
        await holder;

        Assert.That(early, Is.Not.SameAs(call), "the key's last use was written while a save held the gate");
        using var response = await call.WaitAsync(TimeSpan.FromSeconds(15));
        await using var scope = _factory.Services.CreateAsyncScope();
        var key = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().OrganizationApiKeys.AsNoTracking()
            .SingleAsync(k => k.Id == tenant.ApiKeyId);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(key.LastUsedAt, Is.Not.Null);
        });
    }

    [Test]
    public async Task ConnectFacts_AreReadWithThePreparedStatementReader()
    {
        await using var scope = _factory.Services.CreateAsyncScope();

        Assert.That(scope.ServiceProvider.GetRequiredService<IConnectFactsReader>(), Is.InstanceOf<SqliteConnectFactsReader>());
    }

    [Test]
    public async Task WriteGate_ReleasedWhateverTheSaveThrows()
    {
        using var gate = new SqliteWriteGate();

        Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => gate.RunAsync<int>(_ => throw new DbUpdateConcurrencyException(), CancellationToken.None));
        Assert.ThrowsAsync<TaskCanceledException>(() => gate.RunAsync(token => Task.Delay(Timeout.Infinite, token).ContinueWith(_ => 0, token),
            new CancellationTokenSource(TimeSpan.FromMilliseconds(50)).Token));
        Assert.Throws<InvalidOperationException>(() => gate.Run<int>(() => throw new InvalidOperationException()));

        Assert.That(gate.IsHeld, Is.False);
        Assert.That(await gate.RunAsync(_ => Task.FromResult(42), CancellationToken.None), Is.EqualTo(42));
    }
}
