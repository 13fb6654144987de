using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Partner.WebApi.FunctionalTests.Faults;

/// <summary>contract: "Databricks will retry the request 3 times with exponential backoff": a connect that fails half-way
/// must leave nothing half-written, and the retry must succeed.</summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
public sealed class HalfWrittenConnectTests(Provider provider)
{
    [Test]
    public async Task Connect_FailingAfterAccountAndUserInserts_WritesNothingAndRetrySucceeds()
    {
        var fault = new FailFirstConnectionInsert();
        using var factory = new PartnerApiFactory(provider: provider);
        using var faulty = factory.AnotherInstance(testServices: s => s.AddSingleton<IInterceptor>(fault));
        var client = faulty.CreateDatabricksClient();
        var domain = DatabricksRequests.NewTestDomain();
        var body = DatabricksRequests.Connect($"admin@{domain}", DatabricksRequests.NewWorkspaceId());

        var (failed, failedJson) = await client.ConnectAsync(body);

        Assert.Multiple(() =>
        {
            Assert.That(fault.Failures, Is.EqualTo(1), "the fault hit the connection insert");
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(failedJson["error_reason"]!.GetValue<string>(), Is.EqualTo("general_error"));
            Assert.That(failedJson.ToJsonString(), Does.Not.Contain("Exception").And.Not.Contain("   at "));
        });
        var afterFailure = await factory.WithDbAsync(db => db.Accounts.CountAsync(a => a.Domain == domain));
        Assert.That(afterFailure, Is.Zero, "the account insert was rolled back with the failed connection insert");

        var (retried, retriedJson) = await client.ConnectAsync(body);

        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(retriedJson["account_status"]!.GetValue<string>(), Is.EqualTo("new"));
        var (users, connections) = await factory.WithDbAsync(async db =>
        {
            var account = await db.Accounts.SingleAsync(a => a.Domain == domain);
            return (await db.Users.CountAsync(u => u.AccountId == account.Id), await db.Connections.CountAsync(c => c.AccountId == account.Id));
        });
        Assert.Multiple(() =>
        {
            Assert.That(users, Is.EqualTo(1));
            Assert.That(connections, Is.EqualTo(1));
        });
    }

    private sealed class FailFirstConnectionInsert : DbCommandInterceptor
    {
        public int Failures { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Fail(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Fail(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Fail(DbCommand command)
        {
            if (Failures == 0 && command.CommandText.Contains("INSERT INTO \"Connections\"", StringComparison.Ordinal))
            {
                Failures++;
                throw new InvalidOperationException("Injected fault: the disk went away.");
            }
        }
    }
}
