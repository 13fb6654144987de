using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Partner.WebApi.FunctionalTests.Connections;

/// <summary>
/// Connect is safe under races and repeats: concurrent first connects of one domain meet on the unique indexes, and
/// Databricks retries a 500 (docs/contracts/databricks-partner-connect.md, "Certification cases").
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
public sealed class ConnectConcurrencyTests(Provider provider) : OwnHostFixture
{
    protected override PartnerApiFactory CreateHost() => new PartnerApiFactory(provider: provider);

    [Test]
    public async Task ThirtyTwoNewUsersOfOneNewDomainConnectConcurrently_OneAccountAndEveryUser()
    {
        const int Users = 32;
        var domain = DatabricksRequests.NewTestDomain();
        var workspaceId = DatabricksRequests.NewWorkspaceId();

        var answers = await Task.WhenAll(Enumerable.Range(0, Users)
            .Select(i => Databricks.ConnectAsync(DatabricksRequests.Connect($"user{i}@{domain}", workspaceId, databricksUserId: 1000 + i))));

        Assert.Multiple(() =>
        {
            Assert.That(answers.Select(a => a.Response.StatusCode), Is.All.EqualTo(HttpStatusCode.OK),
                string.Join(Environment.NewLine, answers.Where(a => a.Response.StatusCode != HttpStatusCode.OK).Select(a => a.Json.ToJsonString())));
            Assert.That(answers.Count(a => a.Json.Text("account_status") == "new"), Is.EqualTo(1), "exactly one connect opened the account");
            Assert.That(answers.Select(a => a.Json.Text("connection_id")).Distinct().Count(), Is.EqualTo(Users));
        });
        var (accounts, users, connections) = await Factory.WithDbAsync(async db =>
        {
            var accountIds = await db.Accounts.Where(a => a.Domain == domain).Select(a => a.Id).ToListAsync();
            return (accountIds.Count,
                await db.Users.CountAsync(u => accountIds.Contains(u.AccountId)),
                await db.Connections.CountAsync(c => accountIds.Contains(c.AccountId)));
        });
        Assert.Multiple(() =>
        {
            Assert.That(accounts, Is.EqualTo(1));
            Assert.That(users, Is.EqualTo(Users));
            Assert.That(connections, Is.EqualTo(Users));
        });
    }

    [Test]
    public async Task SameConnectSentThreeTimesInARow_NoServerErrorAndOneUser()
    {
        var domain = DatabricksRequests.NewTestDomain();
        var body = DatabricksRequests.Connect($"admin@{domain}", DatabricksRequests.NewWorkspaceId());

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var (response, _) = await Databricks.ConnectAsync(body);
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
        await AssertOneAccountWithOneUserAsync(domain);
    }

    [Test]
    public async Task SameConnectSentThreeTimesConcurrently_NoServerErrorAndOneUser()
    {
        var domain = DatabricksRequests.NewTestDomain();
        var body = DatabricksRequests.Connect($"admin@{domain}", DatabricksRequests.NewWorkspaceId());

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Databricks.ConnectAsync(body.DeepClone().AsObject())));

        Assert.That(answers.Select(a => (int)a.Response.StatusCode), Is.All.LessThan(500));
        Assert.That(answers.Select(a => a.Response.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        await AssertOneAccountWithOneUserAsync(domain);
    }

    private async Task AssertOneAccountWithOneUserAsync(string domain)
    {
        var (accounts, users) = await Factory.WithDbAsync(async db =>
        {
            var accountIds = await db.Accounts.Where(a => a.Domain == domain).Select(a => a.Id).ToListAsync();
            return (accountIds.Count, await db.Users.CountAsync(u => accountIds.Contains(u.AccountId)));
        });
        Assert.Multiple(() =>
        {
            Assert.That(accounts, Is.EqualTo(1));
            Assert.That(users, Is.EqualTo(1));
        });
    }
}
