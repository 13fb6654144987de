using System.Net;
using System.Web;
using Microsoft.EntityFrameworkCore;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Connections;

/// <summary>PartnerConfig require_manual_signup true: sign-in is refused until the user completed the sign-up form.</summary>
public sealed class ManualSignupTests
{
    private PartnerApiFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        _factory = new PartnerApiFactory(partnerConfig: c => c["require_manual_signup"] = true);
        _client = _factory.CreateDatabricksClient();
    }

    [OneTimeTearDown]
    public void StopApp()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task RequireManualSignup_SignInReturns404AccountNotFoundUntilTheUserSignsUp()
    {
        var domain = ConnectRequests.NewTestDomain();
        var email = $"admin@{domain}";
        var workspaceId = ConnectRequests.NewWorkspaceId();
        var (connect, connectJson) = await _client.ConnectAsync(ConnectRequests.Body(email, workspaceId));
        Assert.That(connect.StatusCode, Is.EqualTo(HttpStatusCode.OK), connectJson.ToJsonString());
        var connectionId = connectJson.Text("connection_id")!;
        var redirectUri = new Uri(connectJson.Text("redirect_uri")!);

        var (before, beforeJson) = await _client.ConnectAsync(ConnectRequests.Body(email, workspaceId, connectionId));

        DatabricksApi.AssertEnvelope(before, beforeJson, HttpStatusCode.NotFound, "account_not_found");
        Assert.That(await SignedUpAtAsync(email), Is.Null);

        using var browser = _factory.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = HttpUtility.ParseQueryString(redirectUri.Query)["token"]!,
        });
        using var signUp = await browser.PostAsync(redirectUri.AbsolutePath, form);
        Assert.Multiple(async () =>
        {
            Assert.That(signUp.StatusCode, Is.EqualTo(HttpStatusCode.OK), await signUp.Content.ReadAsStringAsync());
            Assert.That(signUp.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        });
        Assert.That(await SignedUpAtAsync(email), Is.Not.Null);

        var (after, afterJson) = await _client.ConnectAsync(ConnectRequests.Body(email, workspaceId, connectionId));

        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK), afterJson.ToJsonString());
        Assert.Multiple(() =>
        {
            Assert.That(afterJson.Text("redirect_value"), Is.EqualTo("sign_in"));
            Assert.That(afterJson.Text("user_status"), Is.EqualTo("existing"));
            Assert.That(afterJson.Text("account_status"), Is.EqualTo("active"));
            Assert.That(afterJson["configured_resources"]!.GetValue<bool>(), Is.False);
            Assert.That(afterJson.ContainsKey("connection_id"), Is.False);
        });
    }

    [Test]
    public async Task RequireManualSignup_UserWhoNeverConnectedGets404AccountNotFound()
    {
        var domain = ConnectRequests.NewTestDomain();
        var workspaceId = ConnectRequests.NewWorkspaceId();
        var connectionId = await _client.ConnectNewAsync($"admin@{domain}", workspaceId);

        var (response, json) = await _client.ConnectAsync(ConnectRequests.Body($"colleague@{domain}", workspaceId, connectionId));

        DatabricksApi.AssertEnvelope(response, json, HttpStatusCode.NotFound, "account_not_found");
        var users = await _factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == $"colleague@{domain}"));
        Assert.That(users, Is.Zero);
    }

    private Task<DateTimeOffset?> SignedUpAtAsync(string email) =>
        _factory.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.Email == email).Select(u => u.SignedUpAt).SingleAsync());
}
