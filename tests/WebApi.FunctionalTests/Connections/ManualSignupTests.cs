using System.Net;
using System.Web;
using Microsoft.EntityFrameworkCore;

namespace Partner.WebApi.FunctionalTests.Connections;

/// <summary>PartnerConfig require_manual_signup true: sign-in is refused until the user completed the sign-up form.</summary>
public sealed class ManualSignupTests : OwnHostFixture
{
    protected override PartnerApiFactory CreateHost() => new PartnerApiFactory(partnerConfig: c => c["require_manual_signup"] = true);

    [Test]
    public async Task RequireManualSignup_SignUpFormRecordsSignedUpAtAndUnlocksSignIn()
    {
        var domain = DatabricksRequests.NewTestDomain();
        var email = $"admin@{domain}";
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var (connect, connectJson) = await Databricks.ConnectAsync(DatabricksRequests.Connect(email, workspaceId));
        Assert.That(connect.StatusCode, Is.EqualTo(HttpStatusCode.OK), connectJson.ToJsonString());
        var connectionId = connectJson.Text("connection_id")!;
        var redirectUri = new Uri(connectJson.Text("redirect_uri")!);

        var (before, beforeJson) = await Databricks.ConnectAsync(DatabricksRequests.Connect(email, workspaceId, connectionId));

        // Certification accepts account_not_found or connection_not_found here; this app answers account_not_found.
        DatabricksApi.AssertEnvelope(before, beforeJson, HttpStatusCode.NotFound, "account_not_found");
        Assert.That(await SignedUpAtAsync(email), Is.Null);

        using var browser = Factory.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = HttpUtility.ParseQueryString(redirectUri.Query)["token"]!,
            ["first_name"] = "Ada",
            ["last_name"] = "Lovelace",
            ["accept_terms"] = "true",
        });
        using var signUp = await browser.PostAsync(redirectUri.AbsolutePath, form);
        Assert.Multiple(async () =>
        {
            Assert.That(signUp.StatusCode, Is.EqualTo(HttpStatusCode.OK), await signUp.Content.ReadAsStringAsync());
            Assert.That(signUp.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        });
        Assert.That(await SignedUpAtAsync(email), Is.Not.Null);

        var (after, afterJson) = await Databricks.ConnectAsync(DatabricksRequests.Connect(email, workspaceId, connectionId));

        // The sign-in answer's fields are certified (P300 under require_manual_signup=true).
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK), afterJson.ToJsonString());
    }

    [Test]
    public async Task RequireManualSignup_UserWhoNeverConnectedIsRefusedAndNotRegistered()
    {
        var domain = DatabricksRequests.NewTestDomain();
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var connectionId = await Databricks.ConnectNewAsync($"admin@{domain}", workspaceId);

        var (response, json) = await Databricks.ConnectAsync(DatabricksRequests.Connect($"colleague@{domain}", workspaceId, connectionId));

        // The 404 account_not_found envelope is certified (P302 under require_manual_signup=true).
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), json.ToJsonString());
        var users = await Factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == $"colleague@{domain}"));
        Assert.That(users, Is.Zero);
    }

    private Task<DateTimeOffset?> SignedUpAtAsync(string email) =>
        Factory.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.Email == email).Select(u => u.SignedUpAt).SingleAsync());
}
