using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Partner.WebApi.FunctionalTests.Connections;

/// <summary>
/// A second user of the same domain; the PartnerConfig new_user_action decides (docs/contracts/databricks-partner-connect.md, "PartnerConfig"). One app per value. The
/// answers' fields on an existing connection are certified (P302 under each new_user_action, the same requests:
/// <see cref="DatabricksScenarios"/>); here: who is registered, what is configured, and what certification does not check.
/// </summary>
[TestFixture("auto_add", HttpStatusCode.OK)]
[TestFixture("invite", HttpStatusCode.OK)]
[TestFixture("not_found", HttpStatusCode.NotFound)]
[TestFixture("error", HttpStatusCode.InternalServerError)]
public sealed class NewUserActionTests(string newUserAction, HttpStatusCode expectedStatus) : OwnHostFixture
{
    protected override PartnerApiFactory CreateHost() => new PartnerApiFactory(partnerConfig: c => c["new_user_action"] = newUserAction);

    private bool AdmitsUser => newUserAction == "auto_add";

    [Test]
    public async Task SecondUserSignsInOnExistingConnection_RegisteredOnlyWithAutoAdd()
    {
        var (domain, _, _, answer) = await new DatabricksScenarios(Databricks).SecondUserSignsInAsync();

        Assert.That(answer.Status, Is.EqualTo((int)expectedStatus), answer.ToString());
        if (expectedStatus == HttpStatusCode.OK)
        {
            // Certification's P302 outcome does not name configured_resources.
            Assert.That(answer.Json["configured_resources"]!.GetValue<bool>(), Is.False);
        }
        else
        {
            // Certification checks the envelope's error_reason, not that display_message is filled.
            Assert.That(answer.Text("display_message"), Is.Not.Null.And.Not.Empty, "contract: display_message is shown for 404 and 500");
        }

        var (users, connections) = await CountsAsync(domain);
        Assert.Multiple(() =>
        {
            Assert.That(users, Is.EqualTo(AdmitsUser ? 2 : 1), "only auto_add registers the second user");
            Assert.That(connections, Is.EqualTo(1), "signing in configures no connection");
        });
    }

    [Test]
    public async Task NewUserOfExistingAccount_NotEstablished_SignsInOnlyWithAutoAddElseContactAdmin()
    {
        var domain = DatabricksRequests.NewTestDomain();
        await Databricks.ConnectNewAsync($"admin@{domain}", DatabricksRequests.NewWorkspaceId());

        var (response, json) = await Databricks.ConnectAsync(DatabricksRequests.Connect($"second.user@{domain}", DatabricksRequests.NewWorkspaceId()));

        // contract: a 404 is "only possible if Databricks sends with is_connection_established set to true".
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        Assert.Multiple(() =>
        {
            Assert.That(json.Text("user_status"), Is.EqualTo("new"));
            Assert.That(json.Text("account_status"), Is.EqualTo("active"));
            Assert.That(json.Text("redirect_value"), Is.EqualTo(AdmitsUser ? "sign_in" : "contact_admin"));
            Assert.That(json["configured_resources"]!.GetValue<bool>(), Is.EqualTo(AdmitsUser));
            Assert.That(json.ContainsKey("connection_id"), Is.EqualTo(AdmitsUser), "connection_id exactly when resources were configured");
        });
        var (users, connections) = await CountsAsync(domain);
        Assert.Multiple(() =>
        {
            Assert.That(users, Is.EqualTo(AdmitsUser ? 2 : 1));
            Assert.That(connections, Is.EqualTo(AdmitsUser ? 2 : 1));
        });
    }

    private Task<(int Users, int Connections)> CountsAsync(string domain) => Factory.WithDbAsync(async db =>
    {
        var accountId = await db.Accounts.Where(a => a.Domain == domain).Select(a => a.Id).SingleAsync();
        return (await db.Users.CountAsync(u => u.AccountId == accountId),
            await db.Connections.CountAsync(c => c.AccountId == accountId && c.DeletedAt == null));
    });
}
