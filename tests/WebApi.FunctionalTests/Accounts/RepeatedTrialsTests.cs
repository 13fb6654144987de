using System.Net;
using System.Web;
using Microsoft.EntityFrameworkCore;
using Partner.Domain.Accounts;

namespace Partner.WebApi.FunctionalTests.Accounts;

/// <summary>PartnerConnect:AllowRepeatedTrials true: an expired account is sent to create_trial (contract row "Expired account").</summary>
public sealed class RepeatedTrialsTests : OwnHostFixture
{
    protected override PartnerApiFactory CreateHost() => new PartnerApiFactory(new Dictionary<string, string?> { ["PartnerConnect:AllowRepeatedTrials"] = "true" });

    [Test]
    public async Task AdminConnectsAgainAfterTrialExpired_CreateTrialWithNewConnection()
    {
        var (_, email, workspaceId, oldConnection) = await ConnectAndExpireAsync();

        var (response, json) = await Databricks.ConnectAsync(DatabricksRequests.Connect(email, workspaceId));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        Assert.Multiple(() =>
        {
            Assert.That(json.Text("account_status"), Is.EqualTo("expired"));
            Assert.That(json.Text("redirect_value"), Is.EqualTo("create_trial"));
            Assert.That(json["configured_resources"]!.GetValue<bool>(), Is.True);
            Assert.That(json.Text("connection_id"), Is.Not.Null.And.Not.EqualTo(oldConnection));
        });
        var connections = await Factory.WithDbAsync(db => db.Connections.CountAsync(c => c.WorkspaceId == workspaceId && c.DeletedAt == null));
        Assert.That(connections, Is.EqualTo(2));
    }

    [Test]
    public async Task StartingTheNewTrialFromTheCreateTrialPage_ReactivatesTheAccount()
    {
        var (domain, email, workspaceId, connectionId) = await ConnectAndExpireAsync();
        var (_, expiredJson) = await Databricks.ConnectAsync(DatabricksRequests.Connect(email, workspaceId, connectionId));
        var redirectUri = new Uri(expiredJson.Text("redirect_uri")!);

        using var browser = Factory.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = HttpUtility.ParseQueryString(redirectUri.Query)["token"]!, ["first_name"] = "Ada", ["last_name"] = "Lovelace", ["accept_terms"] = "true" });
        using var started = await browser.PostAsync(redirectUri.AbsolutePath, form);

        Assert.That(started.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var state = await Factory.WithDbAsync(db => db.Accounts.Where(a => a.Domain == domain).Select(a => a.TrialState).SingleAsync());
        Assert.That(state, Is.EqualTo(TrialState.Active));
        var (response, json) = await Databricks.ConnectAsync(DatabricksRequests.Connect(email, workspaceId, connectionId));
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
            Assert.That(json.Text("account_status"), Is.EqualTo("active"));
            Assert.That(json.Text("redirect_value"), Is.EqualTo("sign_in"));
        });
    }

    private async Task<(string Domain, string Email, long WorkspaceId, string ConnectionId)> ConnectAndExpireAsync()
    {
        var domain = DatabricksRequests.NewTestDomain();
        var email = $"admin@{domain}";
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var connectionId = await Databricks.ConnectNewAsync(email, workspaceId);
        var (response, json) = await Databricks.ExpireUserAccountAsync(email, workspaceId);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        return (domain, email, workspaceId, connectionId);
    }
}
