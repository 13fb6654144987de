using System.Net;
using Microsoft.EntityFrameworkCore;
using Partner.Domain.DatabricksPartnerConnect.Accounts;

namespace Partner.WebApi.FunctionalTests.Accounts;

/// <summary>
/// PUT partners/databricks/useraccount with the shipped PartnerConfig (trial_type account) and no repeated trials:
/// an expired account is sent to purchase_product. The sign-in answers after expiry (P501, P502) are certified by
/// tests/Certification.Tests, which sends the same requests (<see cref="DatabricksScenarios"/>); here: trial state, registrations,
/// connections, and the cases certification lacks.
/// </summary>
public sealed class ExpireUserAccountTests
{
    private readonly PartnerApiFactory _factory = PartnerApiFactory.Shared;
    private readonly HttpClient _client = PartnerApiFactory.Shared.CreateDatabricksClient();

    [OneTimeTearDown]
    public void DisposeClient() => _client.Dispose();

    [Test]
    public async Task ExpireUserAccount_TestDomain_Returns200AndExpiresTheAccount()
    {
        var domain = (await ExpiredTrialAsync()).Domain;

        var account = await _factory.WithDbAsync(db => db.Accounts.AsNoTracking().SingleAsync(a => a.Domain == domain));
        Assert.That(account.TrialState, Is.EqualTo(TrialState.Expired));
    }

    [Test]
    public async Task AdminConnectsAgainAfterTrialExpired_PurchaseProductWithoutNewConnection()
    {
        var (_, email, workspaceId, _, _) = await ExpiredTrialAsync();

        var (response, json) = await _client.ConnectAsync(DatabricksRequests.Connect(email, workspaceId));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        Assert.Multiple(() =>
        {
            Assert.That(json.Text("account_status"), Is.EqualTo("expired"));
            Assert.That(json.Text("redirect_value"), Is.EqualTo("purchase_product"));
            Assert.That(json["configured_resources"]!.GetValue<bool>(), Is.False);
            Assert.That(json.ContainsKey("connection_id"), Is.False, "contract: omitted when configured_resources is false");
        });
        var connections = await _factory.WithDbAsync(db => db.Connections.CountAsync(c => c.WorkspaceId == workspaceId));
        Assert.That(connections, Is.EqualTo(1));
    }

    [Test]
    public async Task SecondUserSignsInAfterTrialExpired_NotRegisteredNothingConfigured()
    {
        var (trial, answer) = await Scenarios.SignInAfterTrialExpiredAsync(secondUser: true);

        AssertExpired(trial);
        Assert.That(answer.Status, Is.EqualTo(200), answer.ToString());
        // Certification's P502 outcome does not name configured_resources.
        Assert.That(answer.Json["configured_resources"]!.GetValue<bool>(), Is.False);
        var registered = await _factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == $"second.user@{trial.Domain}"));
        Assert.That(registered, Is.Zero, "a user sent to purchase is not registered");
    }

    [TestCase("admin@example.com")]
    [TestCase("admin@{0}.example.org")]
    public async Task ExpireUserAccount_NonTestDomain_Returns400BadRequestAndKeepsTrial(string emailTemplate)
    {
        var email = string.Format(System.Globalization.CultureInfo.InvariantCulture, emailTemplate, Guid.NewGuid().ToString("N"));
        var domain = email[(email.IndexOf('@', StringComparison.Ordinal) + 1)..];
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        await _client.ConnectAsync(DatabricksRequests.Connect(email, workspaceId));

        var (response, json) = await _client.ExpireUserAccountAsync(email, workspaceId);

        DatabricksApi.AssertEnvelope(response, json, HttpStatusCode.BadRequest, "bad_request");
        var state = await _factory.WithDbAsync(db => db.Accounts.Where(a => a.Domain == domain).Select(a => a.TrialState).SingleAsync());
        Assert.That(state, Is.EqualTo(TrialState.Active));
    }

    [Test]
    public async Task ExpireUserAccount_UnknownTestAccount_Returns404AccountNotFound()
    {
        var domain = DatabricksRequests.NewTestDomain();
        var email = $"nobody@{domain}";

        var (response, json) = await _client.ExpireUserAccountAsync(email, DatabricksRequests.NewWorkspaceId(), databricksUserId: 42);

        DatabricksApi.AssertEnvelope(response, json, HttpStatusCode.NotFound, "account_not_found");
        Assert.That(await _factory.WithDbAsync(db => db.Accounts.CountAsync(a => a.Domain == domain)), Is.Zero);
    }

    private DatabricksScenarios Scenarios => new(_client);

    private async Task<ExpiredTrial> ExpiredTrialAsync()
    {
        var trial = await Scenarios.ExpiredTrialAsync();
        AssertExpired(trial);
        return trial;
    }

    private static void AssertExpired(ExpiredTrial trial) => Assert.Multiple(() =>
    {
        Assert.That(trial.Expired.Status, Is.EqualTo(200), trial.Expired.ToString());
        Assert.That(trial.Expired.MediaType, Is.EqualTo("application/json"));
    });
}
