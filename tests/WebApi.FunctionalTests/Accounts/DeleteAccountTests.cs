using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Partner.WebApi.FunctionalTests.Accounts;

/// <summary>
/// DELETE partners/databricks/account: test domains only, and Connect afterwards: the stored rows. The answers of P403,
/// P404 and P405 are certified by tests/Certification.Tests, which sends the same requests (<see cref="DatabricksScenarios"/>).
/// </summary>
public sealed class DeleteAccountTests
{
    private readonly PartnerApiFactory _factory = PartnerApiFactory.Shared;
    private readonly HttpClient _client = PartnerApiFactory.Shared.CreateDatabricksClient();
    private DatabricksScenarios Scenarios => new(_client);

    [OneTimeTearDown]
    public void DisposeClient() => _client.Dispose();

    [Test]
    public async Task DeleteAccount_RemovesAccountUsersAndConnections_ConnectStoresFreshRows()
    {
        var domain = DatabricksRequests.NewTestDomain();
        var email = $"admin@{domain}";
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var oldConnection = await _client.ConnectNewAsync(email, workspaceId);
        await _client.ConnectNewAsync($"colleague@{domain}", workspaceId);

        var (deleted, deletedJson) = await _client.DeleteAccountAsync(domain, workspaceId);

        Assert.Multiple(() =>
        {
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK), deletedJson.ToJsonString());
            Assert.That(deleted.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        });
        var (accounts, users, connections) = await CountsAsync(domain, workspaceId);
        Assert.Multiple(() =>
        {
            Assert.That(accounts, Is.Zero);
            Assert.That(users, Is.Zero, "users go with the account");
            Assert.That(connections, Is.Zero, "connections go with the account");
        });

        var (response, json) = await _client.ConnectAsync(DatabricksRequests.Connect(email, workspaceId));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        Assert.That(json.Text("connection_id"), Is.Not.EqualTo(oldConnection));
        (accounts, users, connections) = await CountsAsync(domain, workspaceId);
        Assert.Multiple(() =>
        {
            Assert.That(accounts, Is.EqualTo(1));
            Assert.That(users, Is.EqualTo(1));
            Assert.That(connections, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task SignInOnConnectionOfDeletedAccount_OpensNoAccount()
    {
        var accounts = -1;

        // Counted before the scenario's fresh connect opens an account again.
        var (_, _, _, _, deleted, signIn, _) = await Scenarios.ConnectAfterDeleteAccountAsync(async domain =>
            accounts = await _factory.WithDbAsync(db => db.Accounts.CountAsync(a => a.Domain == domain)));

        Assert.That(deleted.Status, Is.EqualTo(200), deleted.ToString());
        Assert.That(signIn.Status, Is.EqualTo(404), signIn.ToString());
        Assert.That(accounts, Is.Zero, "a refused sign-in opens no account");
    }

    [Test]
    public async Task DeleteAccount_UnknownTestDomain_Returns200()
    {
        var domain = DatabricksRequests.NewTestDomain();

        var (response, json) = await _client.DeleteAccountAsync(domain, DatabricksRequests.NewWorkspaceId());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        Assert.That(await _factory.WithDbAsync(db => db.Accounts.CountAsync(a => a.Domain == domain)), Is.Zero);
    }

    [Test]
    public async Task DeleteAccount_DemoSubdomainInUpperCase_DeletesTheAccount()
    {
        var domain = $"{Guid.NewGuid():N}.databricks-demo.com";
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        await _client.ConnectNewAsync($"admin@{domain}", workspaceId);

        var (response, json) = await _client.DeleteAccountAsync(domain.ToUpperInvariant(), workspaceId);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        Assert.That(await _factory.WithDbAsync(db => db.Accounts.CountAsync(a => a.Domain == domain)), Is.Zero);
    }

    [TestCase("example.com")]
    [TestCase("{0}.example.com")]
    [TestCase("{0}databricks-test.com")]
    [TestCase("databricks-test.com.{0}.example")]
    [TestCase("{0}.databricks-demo.org")]
    public async Task DeleteAccountForNonTestDomain_Returns400BadRequestAndKeepsAccount(string domainTemplate)
    {
        var domain = string.Format(System.Globalization.CultureInfo.InvariantCulture, domainTemplate, Guid.NewGuid().ToString("N"));
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        await _client.ConnectNewAsync($"admin@{domain}", workspaceId);

        var answer = await Scenarios.DeleteAccountOfNonTestDomainAsync(domain, workspaceId);

        DatabricksApi.AssertEnvelope(answer, HttpStatusCode.BadRequest, "bad_request");
        var (accounts, users, connections) = await CountsAsync(domain, workspaceId);
        Assert.Multiple(() =>
        {
            Assert.That(accounts, Is.EqualTo(1));
            Assert.That(users, Is.EqualTo(1));
            Assert.That(connections, Is.EqualTo(1));
        });
    }

    private Task<(int Accounts, int Users, int Connections)> CountsAsync(string domain, long workspaceId) => _factory.WithDbAsync(async db =>
        (await db.Accounts.CountAsync(a => a.Domain == domain),
            await db.Users.CountAsync(u => u.Email.EndsWith("@" + domain)),
            await db.Connections.CountAsync(c => c.WorkspaceId == workspaceId)));
}
