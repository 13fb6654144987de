using System.Net;
using System.Web;
using Microsoft.EntityFrameworkCore;
using Partner.Domain.DatabricksPartnerConnect.Accounts;

namespace Partner.WebApi.FunctionalTests.Accounts;

/// <summary>
/// PartnerConnect:AllowRepeatedTrials true: an expired account is sent to create_trial (contract row "Expired account"). The expiry and the
/// admin's sign-in afterwards are the requests of certification P501 (<see cref="DatabricksScenarios"/>).
/// </summary>
public sealed class RepeatedTrialsTests : OwnHostFixture
{
    protected override PartnerApiFactory CreateHost() => new PartnerApiFactory(new Dictionary<string, string?> { ["PartnerConnect:AllowRepeatedTrials"] = "true" });

    [Test]
    public async Task AdminConnectsAgainAfterTrialExpired_CreateTrialWithNewConnection()
    {
        var (_, email, workspaceId, oldConnection, _) = await ExpiredTrialAsync();

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
        var (trial, signIn) = await new DatabricksScenarios(Databricks).SignInAfterTrialExpiredAsync(secondUser: false);
        AssertExpired(trial);
        var (domain, email, workspaceId, connectionId, _) = trial;
        var redirectUri = new Uri(signIn.Text("redirect_uri")!);

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

    private async Task<ExpiredTrial> ExpiredTrialAsync()
    {
        var trial = await new DatabricksScenarios(Databricks).ExpiredTrialAsync();
        AssertExpired(trial);
        return trial;
    }

    private static void AssertExpired(ExpiredTrial trial) => Assert.That(trial.Expired.Status, Is.EqualTo(200), trial.Expired.ToString());
}
