using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partner.Domain.DatabricksPartnerConnect.Accounts;

namespace Partner.WebApi.FunctionalTests.Errors;

/// <summary>
/// Malformed requests to every Databricks endpoint: always a 4xx with the JSON error envelope (docs/architecture.md "Conventions" (errors)), never a 5xx,
/// and nothing changes in the database. The bodies spoil valid requests that name a live account and connection, so
/// a request wrongly accepted would show in the row counts.
/// </summary>
public sealed class MalformedRequestTests : OwnHostFixture
{
    protected override PartnerApiFactory CreateHost() => new PartnerApiFactory();

    private Dictionary<string, JsonObject> _templates = null!;

    [OneTimeSetUp]
    public async Task StartAppWithALiveConnection()
    {
        var domain = DatabricksRequests.NewTestDomain();
        var admin = $"admin@{domain}";
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var connectionId = await Databricks.ConnectNewAsync(admin, workspaceId);
        _templates = Templates(admin, domain, workspaceId, connectionId, DatabricksRequests.NewTestDomain());
    }

    /// <summary>A valid body per endpoint; the connect body is of a domain the partner has never seen.</summary>
    private static Dictionary<string, JsonObject> Templates(string admin, string domain, long workspaceId, string connectionId, string newDomain) => new()
    {
        [DatabricksApi.ConnectPath] = DatabricksRequests.Connect($"newcomer@{newDomain}", workspaceId),
        [DatabricksApi.TestConnectionPath] = DatabricksRequests.ConnectionReference(connectionId, workspaceId),
        [DatabricksApi.DeleteConnectionPath] = DatabricksRequests.ConnectionReference(connectionId, workspaceId),
        [DatabricksApi.DeleteAccountPath] = DatabricksRequests.DeleteAccount(domain, workspaceId),
        [DatabricksApi.ExpireAccountPath] = DatabricksRequests.ExpireAccount(admin, workspaceId),
    };

    private static IEnumerable<TestCaseData> MalformedCases() =>
        MalformedBodies.All(Templates("admin@example.databricks-test.com", "example.databricks-test.com", 1234567890, Guid.Empty.ToString(), "new.databricks-test.com"))
            .Select(c => new TestCaseData(c).SetArgDisplayNames(c.ToString()));

    [Test]
    public void MalformedCases_CoverAtLeastFiftyBodiesOnEveryEndpointWithABody()
    {
        var cases = MalformedCases().Select(c => (MalformedCase)c.Arguments[0]!).ToList();

        var perEndpoint = cases.GroupBy(c => c.Path).ToDictionary(g => g.Key, g => g.Count());

        Assert.That(perEndpoint.Keys, Is.EquivalentTo(MalformedBodies.BodyEndpoints.Select(e => e.Path)));
        Assert.That(perEndpoint.Values, Is.All.GreaterThanOrEqualTo(30), string.Join(", ", perEndpoint));
        Assert.That(cases, Has.Count.GreaterThanOrEqualTo(50));
    }

    [TestCaseSource(nameof(MalformedCases))]
    public async Task DatabricksEndpoint_MalformedBody_Returns4xxEnvelopeAndChangesNothing(MalformedCase malformed)
    {
        var before = await SnapshotAsync();
        using var request = new HttpRequestMessage(malformed.Method, malformed.Path)
        {
            Content = malformed.Spoil(_templates[malformed.Path]).ToContent(),
        };

        using var response = await Databricks.SendAsync(request);

        await AssertClientErrorEnvelopeAsync(response, malformed.ExpectedStatus);
        Assert.That(await SnapshotAsync(), Is.EqualTo(before), "a refused request changes nothing");
    }

    private static IEnumerable<TestCaseData> MalformedConnectorQueries()
    {
        yield return new TestCaseData("?pagination_token=bogus", null).SetArgDisplayNames("bogus token");
        yield return new TestCaseData("?pagination_token=" + new string('A', 3000), null).SetArgDisplayNames("token of 3000 characters");
        yield return new TestCaseData("?pagination_token=%00%01", null).SetArgDisplayNames("control characters");
        yield return new TestCaseData("?pagination_token=a&pagination_token=b", null).SetArgDisplayNames("token twice");
        yield return new TestCaseData(string.Empty, "text/plain").SetArgDisplayNames("text/plain body");
    }

    [TestCaseSource(nameof(MalformedConnectorQueries))]
    public async Task GetConnectors_MalformedRequest_Returns4xxEnvelope(string query, string? bodyContentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, DatabricksApi.ConnectorsPath + query);
        if (bodyContentType is not null)
        {
            request.Content = RawBody.Text("connectors please", bodyContentType).ToContent();
        }

        using var response = await Databricks.SendAsync(request);

        await AssertClientErrorEnvelopeAsync(response, expectedStatus: null);
    }

    [Test]
    public async Task Connect_UnknownExtraFieldsEverywhere_AreIgnored()
    {
        var domain = DatabricksRequests.NewTestDomain();
        var body = DatabricksRequests.Connect($"admin@{domain}", DatabricksRequests.NewWorkspaceId());
        body["future_field"] = new JsonObject { ["nested"] = new JsonArray(1, "two", null) };
        body["data_source_connector"] = "Oracle";
        body["database_name"] = "default";
        body["oauth_u2m_app_id"] = "782b7906-20c4-4c12-8850-b26b77d125f5";
        body["user_info"]!["middle_name"] = "Q";
        body["user_info"]!["auth"]!["token_expiry"] = 3600;

        var (response, json) = await Databricks.ConnectAsync(body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        Assert.That(json.Text("redirect_value"), Is.EqualTo("create_trial"));
        Assert.That(await Factory.WithDbAsync(db => db.Accounts.CountAsync(a => a.Domain == domain)), Is.EqualTo(1));
    }

    [Test]
    public async Task TestAndDeleteConnection_UnknownExtraFields_AreIgnored()
    {
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var connectionId = await Databricks.ConnectNewAsync($"admin@{DatabricksRequests.NewTestDomain()}", workspaceId);
        var body = DatabricksRequests.ConnectionReference(connectionId, workspaceId);
        body["user_info"] = new JsonObject { ["email"] = "someone@databricks-test.com" };
        body["future_field"] = true;

        var (tested, testedJson) = await Databricks.SendJsonAsync(HttpMethod.Post, DatabricksApi.TestConnectionPath, body);
        var (deleted, deletedJson) = await Databricks.SendJsonAsync(HttpMethod.Delete, DatabricksApi.DeleteConnectionPath, body);

        Assert.Multiple(() =>
        {
            Assert.That(tested.StatusCode, Is.EqualTo(HttpStatusCode.OK), testedJson.ToJsonString());
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK), deletedJson.ToJsonString());
        });
        var deletedAt = await Factory.WithDbAsync(db => db.Connections.Where(c => c.Id == Guid.Parse(connectionId)).Select(c => c.DeletedAt).SingleAsync());
        Assert.That(deletedAt, Is.Not.Null);
    }

    private static async Task AssertClientErrorEnvelopeAsync(HttpResponseMessage response, int? expectedStatus)
    {
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        try
        {
            json = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // Reported by the assertions below.
        }

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.InRange(400, 499), text);
            if (expectedStatus is { } status)
            {
                Assert.That((int)response.StatusCode, Is.EqualTo(status), text);
            }

            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), text);
            Assert.That(json?["error_reason"]?.GetValueKind(), Is.EqualTo(JsonValueKind.String), text);
        });
    }

    private sealed record Snapshot(int Accounts, int ExpiredAccounts, int Users, int ExpiredUsers, int Connections, int LiveConnections);

    private Task<Snapshot> SnapshotAsync() => Factory.WithDbAsync(async db => new Snapshot(
        await db.Accounts.CountAsync(),
        await db.Accounts.CountAsync(a => a.TrialState == TrialState.Expired),
        await db.Users.CountAsync(),
        await db.Users.CountAsync(u => u.TrialState == TrialState.Expired),
        await db.Connections.CountAsync(),
        await db.Connections.CountAsync(c => c.DeletedAt == null)));
}
