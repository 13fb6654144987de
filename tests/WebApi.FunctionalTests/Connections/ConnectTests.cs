using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partner.Domain.DatabricksPartnerConnect.Accounts;

namespace Partner.WebApi.FunctionalTests.Connections;

/// <summary>
/// Connect with the shipped PartnerConfig (new_user_action auto_add, demo supported): what each answer leaves in the
/// database. The answers' fields for the certification cases (P100, P300, P400, P600, P700) are checked by
/// tests/Certification.Tests, which sends the same requests (<see cref="DatabricksScenarios"/>); only what it does not check is
/// asserted over HTTP here.
/// </summary>
public sealed class ConnectTests
{
    private readonly PartnerApiFactory _factory = PartnerApiFactory.Shared;
    private readonly HttpClient _client = PartnerApiFactory.Shared.CreateDatabricksClient();
    private DatabricksScenarios Scenarios => new(_client);

    [OneTimeTearDown]
    public void DisposeClient() => _client.Dispose();

    [Test]
    public async Task NewUserNewWorkspace_CreatesTrialAndPersistsConnection()
    {
        var (domain, email, workspaceId, answer) = await Scenarios.NewUserNewWorkspaceAsync();

        Assert.That(answer.Status, Is.EqualTo(200), answer.ToString());
        Assert.That(answer.Json.ContainsKey("oauth_redirect_uri"), Is.False, "AUTH_PAT only: no oauth_redirect_uri");
        var connectionId = Guid.Parse(answer.Text("connection_id")!);
        var stored = await _factory.WithDbAsync(db => db.Connections.AsNoTracking().SingleAsync(c => c.Id == connectionId));
        var account = await _factory.WithDbAsync(db => db.Accounts.AsNoTracking().SingleAsync(a => a.Domain == domain));
        var users = await _factory.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.AccountId == account.Id).ToListAsync());
        Assert.Multiple(() =>
        {
            Assert.That(stored.AccountId, Is.EqualTo(account.Id));
            Assert.That(stored.WorkspaceId, Is.EqualTo(workspaceId));
            Assert.That(stored.CloudProvider, Is.EqualTo("azure"));
            Assert.That(stored.Hostname, Is.EqualTo("organization.cloud.databricks.com"));
            Assert.That(stored.DeletedAt, Is.Null);
            Assert.That(stored.ProtectedPersonalAccessToken, Is.Not.Null.And.Not.Contains(DatabricksRequests.Pat));
            Assert.That(account.TrialState, Is.EqualTo(TrialState.Active));
            Assert.That(users.Select(u => u.Email), Is.EqualTo(new[] { email }));
            Assert.That(stored.CreatedByUserId, Is.EqualTo(users[0].Id));
        });
    }

    [Test]
    public async Task Connect_RecordsTheDatabricksUserIdOfEachCloud_AndReplacesAChangedOne()
    {
        // contract: databricks_user_id "is unique within a cloud". The user is read untracked; only a new or changed id
        // is written.
        var email = $"ids@{DatabricksRequests.NewTestDomain()}";
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var (_, first) = await _client.ConnectAsync(DatabricksRequests.Connect(email, workspaceId, databricksUserId: 11));
        var azureConnectionId = first.Text("connection_id")!;

        async Task<string[]> IdentitiesAfter(JsonObject body)
        {
            var (response, json) = await _client.ConnectAsync(body);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
            var user = await _factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
            return user.DatabricksIdentities.Select(i => $"{i.CloudProvider}:{i.DatabricksUserId}").Order().ToArray();
        }

        var awsConnect = DatabricksRequests.Connect(email, DatabricksRequests.NewWorkspaceId(), databricksUserId: 21);
        awsConnect["cloud_provider"] = "aws";
        var afterAws = await IdentitiesAfter(awsConnect);
        var afterSameId = await IdentitiesAfter(DatabricksRequests.Connect(email, workspaceId, azureConnectionId, databricksUserId: 11));
        var afterNewId = await IdentitiesAfter(DatabricksRequests.Connect(email, workspaceId, azureConnectionId, databricksUserId: 12));
        var afterRepeat = await IdentitiesAfter(DatabricksRequests.Connect(email, workspaceId, azureConnectionId, databricksUserId: 12));

        Assert.Multiple(() =>
        {
            Assert.That(afterAws, Is.EqualTo(new[] { "aws:21", "azure:11" }), "a second cloud is added");
            Assert.That(afterSameId, Is.EqualTo(new[] { "aws:21", "azure:11" }), "a sign-in with the same id changes nothing");
            Assert.That(afterNewId, Is.EqualTo(new[] { "aws:21", "azure:12" }), "a changed id replaces that cloud's id");
            Assert.That(afterRepeat, Is.EqualTo(new[] { "aws:21", "azure:12" }));
        });
    }

    [Test]
    public async Task RedirectUri_IsTheCreateTrialPageAndCarriesNoEmailOrPat()
    {
        var email = $"first.last@{DatabricksRequests.NewTestDomain()}";
        var (_, json) = await _client.ConnectAsync(DatabricksRequests.Connect(email, DatabricksRequests.NewWorkspaceId()));
        var redirectUri = new Uri(json.Text("redirect_uri")!);

        using var browser = _factory.CreateClient();
        using var page = await browser.GetAsync(redirectUri);

        var decoded = Uri.UnescapeDataString(redirectUri.ToString());
        Assert.Multiple(() =>
        {
            Assert.That((int)page.StatusCode, Is.InRange(200, 399));
            Assert.That(page.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(redirectUri.AbsolutePath, Is.EqualTo("/create-trial"));
            Assert.That(decoded, Does.Not.Contain(email).IgnoreCase);
            Assert.That(decoded, Does.Not.Contain("first.last").IgnoreCase);
            Assert.That(decoded, Does.Not.Contain(DatabricksRequests.Pat));
        });
    }

    [Test]
    public async Task SameAdminSignsIn_ConfiguresNothingNew()
    {
        var (domain, _, _, first, _, signIn) = await Scenarios.SameAdminSignsInAsync();

        Assert.That(first.Status, Is.EqualTo(200), first.ToString());
        Assert.That(first.Text("connection_id"), Is.Not.Null, first.ToString());
        Assert.That(signIn.Status, Is.EqualTo(200), signIn.ToString());
        Assert.That(new Uri(signIn.Text("redirect_uri")!).AbsolutePath, Is.EqualTo("/sign-in"));
        var (connections, users) = await CountsAsync(domain);
        Assert.Multiple(() =>
        {
            Assert.That(connections, Is.EqualTo(1), "sign-in configures nothing new");
            Assert.That(users, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task SameUserAndWorkspaceConnectTwice_StoresTwoLiveConnections()
    {
        var (_, workspaceId, first, answer) = await Scenarios.ConnectTwiceAsync();

        Assert.That(answer.Status, Is.EqualTo(200), answer.ToString());
        var second = answer.Text("connection_id");
        var ids = await _factory.WithDbAsync(db => db.Connections.AsNoTracking()
            .Where(c => c.WorkspaceId == workspaceId && c.DeletedAt == null).Select(c => c.Id).ToListAsync());
        Assert.That(ids, Is.EquivalentTo(new[] { Guid.Parse(first), Guid.Parse(second!) }));
    }

    [Test]
    public async Task ExistingUserExistingAccount_NotEstablished_SignsInAndConfiguresConnection()
    {
        var domain = DatabricksRequests.NewTestDomain();
        var email = $"admin@{domain}";
        await _client.ConnectNewAsync(email, DatabricksRequests.NewWorkspaceId());

        var (response, json) = await _client.ConnectAsync(DatabricksRequests.Connect(email, DatabricksRequests.NewWorkspaceId()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        Assert.Multiple(() =>
        {
            Assert.That(json.Text("user_status"), Is.EqualTo("existing"));
            Assert.That(json.Text("account_status"), Is.EqualTo("active"));
            Assert.That(json.Text("redirect_value"), Is.EqualTo("sign_in"));
            Assert.That(json["configured_resources"]!.GetValue<bool>(), Is.True);
            Assert.That(json.Text("connection_id"), Is.Not.Null);
        });
        var (connections, users) = await CountsAsync(domain);
        Assert.Multiple(() =>
        {
            Assert.That(connections, Is.EqualTo(2));
            Assert.That(users, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task NewUserExistingAccount_NotEstablished_AutoAdd_SignsInAsNewUser()
    {
        var domain = DatabricksRequests.NewTestDomain();
        await _client.ConnectNewAsync($"admin@{domain}", DatabricksRequests.NewWorkspaceId());

        var (response, json) = await _client.ConnectAsync(DatabricksRequests.Connect($"colleague@{domain}", DatabricksRequests.NewWorkspaceId()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        Assert.Multiple(() =>
        {
            Assert.That(json.Text("user_status"), Is.EqualTo("new"));
            Assert.That(json.Text("account_status"), Is.EqualTo("active"));
            Assert.That(json.Text("redirect_value"), Is.EqualTo("sign_in"));
            Assert.That(json["configured_resources"]!.GetValue<bool>(), Is.True);
            Assert.That(json.Text("connection_id"), Is.Not.Null);
        });
        var emails = await _factory.WithDbAsync(db => db.Users.AsNoTracking()
            .Where(u => db.Accounts.Any(a => a.Id == u.AccountId && a.Domain == domain)).Select(u => u.Email).ToListAsync());
        Assert.That(emails, Is.EquivalentTo(new[] { $"admin@{domain}", $"colleague@{domain}" }));
    }

    [Test]
    public async Task OneAdminTwoWorkspaces_OneAccountTwoStoredConnections_NotCrossable()
    {
        var (_, email, workspaceA, workspaceB, connectionA, connectB, connectionB, signInA, signInB) = await Scenarios.TwoWorkspacesAsync();
        var crossed = await Scenarios.ConnectAsync(DatabricksRequests.Connect(email, workspaceB, connectionA));

        Assert.That(connectB.Status, Is.EqualTo(200), connectB.ToString());
        Assert.That(connectB.Text("connection_id"), Is.Not.Null, connectB.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(signInA.Status, Is.EqualTo(200), signInA.ToString());
            Assert.That(signInB.Status, Is.EqualTo(200), signInB.ToString());
        });
        // Not a certification case: a connection named with the other workspace is not found.
        DatabricksApi.AssertEnvelope(crossed, HttpStatusCode.NotFound, "connection_not_found");
        var ids = new[] { Guid.Parse(connectionA), Guid.Parse(connectionB) };
        var stored = await _factory.WithDbAsync(db => db.Connections.AsNoTracking()
            .Where(c => ids.Contains(c.Id)).Select(c => new { c.WorkspaceId, c.AccountId }).ToListAsync());
        Assert.Multiple(() =>
        {
            Assert.That(stored.Select(c => c.WorkspaceId), Is.EquivalentTo(new[] { workspaceA, workspaceB }));
            Assert.That(stored.Select(c => c.AccountId).Distinct().Count(), Is.EqualTo(1), "one account for the domain");
        });
    }

    [Test]
    public async Task DemoRepeatedly_ReusesTheAccountRowAndStoresEachDemoConnection()
    {
        var (domain, workspaceId, connects) = await Scenarios.DemoRepeatedlyAsync();

        foreach (var (answer, attempt) in connects.Select((a, i) => (a, i + 1)))
        {
            Assert.That(answer.Status, Is.EqualTo(200), answer.ToString());
            Assert.That(answer.Json["configured_resources"]!.GetValue<bool>(), Is.True, $"attempt {attempt}: a demo configures a connection");
        }

        var accounts = await _factory.WithDbAsync(db => db.Accounts.CountAsync(a => a.Domain == domain));
        var demoConnections = await _factory.WithDbAsync(db => db.Connections.CountAsync(c => c.WorkspaceId == workspaceId && c.IsDemo));
        Assert.Multiple(() =>
        {
            Assert.That(accounts, Is.EqualTo(1), "the demo flow reuses the account row");
            Assert.That(demoConnections, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task SignInWithUnknownConnectionId_Returns404ConnectionNotFound()
    {
        var domain = DatabricksRequests.NewTestDomain();
        var email = $"admin@{domain}";
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        await _client.ConnectNewAsync(email, workspaceId);

        var (response, json) = await _client.ConnectAsync(DatabricksRequests.Connect(email, workspaceId, Guid.NewGuid().ToString()));

        DatabricksApi.AssertEnvelope(response, json, HttpStatusCode.NotFound, "connection_not_found");
        Assert.That(json.Text("display_message"), Is.Not.Null.And.Not.Empty, "contract: display_message is shown for 404");
    }

    private Task<(int Connections, int Users)> CountsAsync(string domain) => _factory.WithDbAsync(async db =>
    {
        var accountId = await db.Accounts.Where(a => a.Domain == domain).Select(a => a.Id).SingleAsync();
        return (await db.Connections.CountAsync(c => c.AccountId == accountId && c.DeletedAt == null),
            await db.Users.CountAsync(u => u.AccountId == accountId));
    });
}
