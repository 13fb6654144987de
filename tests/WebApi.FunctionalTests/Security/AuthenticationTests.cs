using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Partner.WebApi.FunctionalTests.Security;

/// <summary>
/// Basic credentials on every Databricks endpoint (contract "Bad credentials": 401 unauthorized), rotation (several
/// credentials at once, docs/contracts/databricks-partner-connect.md "Certification cases") and the admin Bearer key.
/// </summary>
public sealed class AuthenticationTests
{
    private readonly PartnerApiFactory _factory = PartnerApiFactory.Shared;

    private static string Basic(string username, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}"));

    /// <summary>Authorization header values Databricks' endpoints must refuse; null sends no header.</summary>
    private static readonly (string Name, string? Header)[] RefusedHeaders =
    [
        ("no header", null),
        ("wrong password", Basic(PartnerApiFactory.Username, "wrong-password")),
        ("wrong user name", Basic("someone-else", PartnerApiFactory.Password)),
        ("rotated user with the first password", Basic(PartnerApiFactory.RotatedUsername, PartnerApiFactory.Password)),
        ("empty password", Basic(PartnerApiFactory.Username, string.Empty)),
        ("not base64", "Basic !!!not-base64!!!"),
        ("no colon", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(PartnerApiFactory.Username + PartnerApiFactory.Password))),
        ("scheme without credentials", "Basic"),
        ("admin bearer key", "Bearer " + PartnerApiFactory.AdminKey),
        ("password as bearer", "Bearer " + PartnerApiFactory.Password),
    ];

    private static IEnumerable<TestCaseData> DatabricksEndpointsWithRefusedHeaders() =>
        from endpoint in DatabricksApi.Endpoints
        from header in RefusedHeaders
        select new TestCaseData(endpoint.Method.Method, endpoint.Path, header.Header)
            .SetArgDisplayNames(endpoint.Method.Method, endpoint.Path, header.Name);

    [TestCaseSource(nameof(DatabricksEndpointsWithRefusedHeaders))]
    public async Task DatabricksEndpoint_MissingOrWrongBasicCredentials_Returns401Unauthorized(string method, string path, string? authorization)
    {
        var domain = DatabricksRequests.NewTestDomain();
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = BodyFor(path, domain, workspaceId) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.SendAsync(request);

        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        DatabricksApi.AssertEnvelope(response, json, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.That(response.Headers.WwwAuthenticate.Select(h => h.Scheme), Does.Contain("Basic"));
        var (accounts, connections) = await _factory.WithDbAsync(async db =>
            (await db.Accounts.CountAsync(a => a.Domain == domain), await db.Connections.CountAsync(c => c.WorkspaceId == workspaceId)));
        Assert.Multiple(() =>
        {
            Assert.That(accounts, Is.Zero, "a refused call changes nothing");
            Assert.That(connections, Is.Zero, "a refused call changes nothing");
        });
    }

    [Test]
    public async Task RotatedCredential_AcceptedOnEveryDatabricksEndpoint()
    {
        using var client = _factory.CreateDatabricksClient(PartnerApiFactory.RotatedUsername, PartnerApiFactory.RotatedPassword);
        var domain = DatabricksRequests.NewTestDomain();
        var email = $"admin@{domain}";
        var workspaceId = DatabricksRequests.NewWorkspaceId();

        var (connect, connectJson) = await client.ConnectAsync(DatabricksRequests.Connect(email, workspaceId));
        var connectionId = connectJson.Text("connection_id")!;
        var (connectors, _) = await client.GetConnectorsAsync();
        var (test, _) = await client.TestConnectionAsync(connectionId, workspaceId);
        var (expire, _) = await client.ExpireUserAccountAsync(email, workspaceId);
        var (deleteConnection, _) = await client.DeleteConnectionAsync(connectionId, workspaceId);
        var (deleteAccount, _) = await client.DeleteAccountAsync(domain, workspaceId);

        Assert.Multiple(() =>
        {
            Assert.That(connect.StatusCode, Is.EqualTo(HttpStatusCode.OK), connectJson.ToJsonString());
            Assert.That(connectors.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(test.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(expire.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(deleteConnection.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(deleteAccount.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
        Assert.That(await _factory.WithDbAsync(db => db.Accounts.CountAsync(a => a.Domain == domain)), Is.Zero, "the rotated credential's calls took effect");
    }

    [Test]
    public async Task FirstCredential_StillAcceptedWhileRotatedOneIsConfigured()
    {
        using var client = _factory.CreateDatabricksClient();
        var domain = DatabricksRequests.NewTestDomain();

        var (response, json) = await client.ConnectAsync(DatabricksRequests.Connect($"admin@{domain}", DatabricksRequests.NewWorkspaceId()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        Assert.That(await _factory.WithDbAsync(db => db.Accounts.CountAsync(a => a.Domain == domain)), Is.EqualTo(1));
    }

    private static readonly (string Name, string? Header)[] RefusedAdminHeaders =
    [
        ("no header", null),
        ("wrong key", "Bearer not-the-admin-key"),
        ("key with a suffix", "Bearer " + PartnerApiFactory.AdminKey + "x"),
        ("Databricks Basic credentials", Basic(PartnerApiFactory.Username, PartnerApiFactory.Password)),
        ("key as Basic", "Basic " + PartnerApiFactory.AdminKey),
        ("scheme without key", "Bearer"),
    ];

    private static readonly string[] AdminPaths = ["/admin/accounts", "/admin/connections"];

    private static IEnumerable<TestCaseData> AdminEndpointsWithRefusedHeaders() =>
        from path in AdminPaths
        from header in RefusedAdminHeaders
        select new TestCaseData(path, header.Header).SetArgDisplayNames(path, header.Name);

    [TestCaseSource(nameof(AdminEndpointsWithRefusedHeaders))]
    public async Task AdminEndpoint_MissingOrWrongBearerKey_Returns401Unauthorized(string path, string? authorization)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.SendAsync(request);

        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        DatabricksApi.AssertEnvelope(response, json, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.That(json.ContainsKey("items"), Is.False, "no data leaks with the refusal");
    }

    [TestCase("/admin/accounts")]
    [TestCase("/admin/connections")]
    public async Task AdminEndpoint_WithAdminKey_Returns200(string path)
    {
        using var client = _factory.CreateAdminClient();

        using var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var json = await response.ReadJsonAsync();
        Assert.That(json["items"], Is.InstanceOf<JsonArray>());
    }

    private static JsonContent? BodyFor(string path, string domain, long workspaceId) => path switch
    {
        DatabricksApi.ConnectPath => JsonContent.Create(DatabricksRequests.Connect($"admin@{domain}", workspaceId)),
        DatabricksApi.TestConnectionPath or DatabricksApi.DeleteConnectionPath =>
            JsonContent.Create(DatabricksRequests.ConnectionReference(Guid.NewGuid().ToString(), workspaceId)),
        DatabricksApi.DeleteAccountPath => JsonContent.Create(DatabricksRequests.DeleteAccount(domain, workspaceId)),
        DatabricksApi.ExpireAccountPath => JsonContent.Create(DatabricksRequests.ExpireAccount($"admin@{domain}", workspaceId, databricksUserId: 1)),
        _ => null,
    };
}
