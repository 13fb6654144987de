using System.Net;
using Microsoft.EntityFrameworkCore;
using Partner.Domain.DatabricksPartnerConnect.Accounts;

namespace Partner.WebApi.FunctionalTests.Accounts;

/// <summary>
/// PartnerConfig trial_type user: expire-account expires only the named user, not the account. The expired admin's and
/// a newcomer's sign-in answers are certified (P501, P502 under trial_type=user); a colleague who stays active is not.
/// </summary>
public sealed class UserTrialTypeTests : OwnHostFixture
{
    protected override PartnerApiFactory CreateHost() => new PartnerApiFactory(partnerConfig: c => c["trial_type"] = "user");

    [Test]
    public async Task TrialTypeUser_ExpiresOnlyThatUser()
    {
        var domain = DatabricksRequests.NewTestDomain();
        var admin = $"admin@{domain}";
        var colleague = $"colleague@{domain}";
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var connectionId = await Databricks.ConnectNewAsync(admin, workspaceId);
        await Databricks.ConnectNewAsync(colleague, workspaceId);

        var (expired, expiredJson) = await Databricks.ExpireUserAccountAsync(admin, workspaceId);

        Assert.That(expired.StatusCode, Is.EqualTo(HttpStatusCode.OK), expiredJson.ToJsonString());
        var (accountState, userStates) = await Factory.WithDbAsync(async db =>
        {
            var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Domain == domain);
            var users = await db.Users.AsNoTracking().Where(u => u.AccountId == account.Id).ToDictionaryAsync(u => u.Email, u => u.TrialState);
            return (account.TrialState, users);
        });
        Assert.Multiple(() =>
        {
            Assert.That(accountState, Is.EqualTo(TrialState.Active));
            Assert.That(userStates[admin], Is.EqualTo(TrialState.Expired));
            Assert.That(userStates[colleague], Is.EqualTo(TrialState.Active));
        });

        var (adminBack, adminJson) = await Databricks.ConnectAsync(DatabricksRequests.Connect(admin, workspaceId, connectionId));
        var (colleagueBack, colleagueJson) = await Databricks.ConnectAsync(DatabricksRequests.Connect(colleague, workspaceId, connectionId));
        var (newcomer, newcomerJson) = await Databricks.ConnectAsync(DatabricksRequests.Connect($"newcomer@{domain}", workspaceId, connectionId));

        Assert.Multiple(() =>
        {
            Assert.That(adminBack.StatusCode, Is.EqualTo(HttpStatusCode.OK), adminJson.ToJsonString());
            Assert.That(colleagueBack.StatusCode, Is.EqualTo(HttpStatusCode.OK), colleagueJson.ToJsonString());
            Assert.That(colleagueJson.Text("account_status"), Is.EqualTo("active"));
            Assert.That(colleagueJson.Text("redirect_value"), Is.EqualTo("sign_in"));
            Assert.That(newcomer.StatusCode, Is.EqualTo(HttpStatusCode.OK), newcomerJson.ToJsonString());
        });
    }

    [Test]
    public async Task ExpireUserAccount_TrialTypeUser_UnknownUserOfKnownAccount_Returns404AccountNotFound()
    {
        var domain = DatabricksRequests.NewTestDomain();
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        await Databricks.ConnectNewAsync($"admin@{domain}", workspaceId);

        var (response, json) = await Databricks.ExpireUserAccountAsync($"nobody@{domain}", workspaceId, databricksUserId: 7);

        DatabricksApi.AssertEnvelope(response, json, HttpStatusCode.NotFound, "account_not_found");
        var expiredUsers = await Factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email.EndsWith("@" + domain) && u.TrialState == TrialState.Expired));
        Assert.That(expiredUsers, Is.Zero);
    }
}
