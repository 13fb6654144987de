using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partner.Domain.GreenhouseAssessment.Outbox;
using Partner.Infrastructure.Outbound;
using Partner.WebApi.FunctionalTests.Connections.TestConnection;
using Partner.WebApi.FunctionalTests.Fakes;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

namespace Partner.WebApi.FunctionalTests.Security;

/// <summary>
/// docs/operations.md "Outbound calls": the completion url and a connection's workspace are called only over https, on
/// the allow-lists, and never at a non-public address after DNS resolution; no redirect followed, no remote text
/// reflected. The shipped defaults (<see cref="PartnerApiFactory.ProductionOutbound"/>) unless a test says otherwise.
/// </summary>
public sealed class OutboundUrlPolicyTests
{
    private const string PlantedName = "rebound.greenhouse.io";
    private const string PlantedWorkspace = "rebound.cloud.databricks.com";

    private static readonly Dictionary<string, IPAddress> Planted = new()
    {
        [PlantedName] = IPAddress.Loopback,
        [PlantedWorkspace] = IPAddress.Loopback,
    };

    private CallbackReceiver _receiver = null!;
    private FakeDatabricksWorkspace _workspace = null!;
    private PartnerApiFactory _shipped = null!;
    private PartnerApiFactory _anyHost = null!;
    private Tenant _shippedTenant = null!;
    private Tenant _anyHostTenant = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _receiver = await CallbackReceiver.StartAsync();
        _workspace = await FakeDatabricksWorkspace.StartAsync();
        _shipped = new PartnerApiFactory(GreenhouseApp.Settings(PartnerApiFactory.ProductionOutbound.ToDictionary()));
        _shippedTenant = await _shipped.CreateTenantAsync(("12345", "My First Test"));

        // Every host and http allowed, but not private addresses: what is left to stop a call is the address rule.
        var anyHost = PartnerApiFactory.ProductionOutbound.ToDictionary();
        anyHost["Outbound:AllowHttp"] = "true";
        anyHost["Greenhouse:CallbackHosts:0"] = "*";
        anyHost["Databricks:WorkspaceHosts:0"] = "*";
        _anyHost = new PartnerApiFactory(GreenhouseApp.Settings(anyHost), testServices: s => s.AddSingleton<IHostAddressResolver>(new FakeDns(Planted)));
        _anyHostTenant = await _anyHost.CreateTenantAsync(("12345", "My First Test"));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _shipped.DisposeAsync();
        await _anyHost.DisposeAsync();
        await _receiver.DisposeAsync();
        await _workspace.DisposeAsync();
    }

    [SetUp]
    public void Reset() => _workspace.Reset();

    public static IEnumerable<TestCaseData> RefusedByShippedPolicy()
    {
        yield return new TestCaseData("http://127.0.0.1:{port}/planted", "url must use https: plain http is refused (Outbound:AllowHttp").SetName("SendTest_PlainHttp_400");
        yield return new TestCaseData("http://app.greenhouse.io/complete/1", "url must use https").SetName("SendTest_PlainHttpOnAllowedHost_400");
        yield return new TestCaseData("https://127.0.0.1:{port}/planted", "url's host 127.0.0.1 is not on the allow-list Greenhouse:CallbackHosts (*.greenhouse.io)").SetName("SendTest_Loopback_400");
        yield return new TestCaseData("https://127.1/planted", "is not on the allow-list Greenhouse:CallbackHosts").SetName("SendTest_ShortLoopback_400");
        yield return new TestCaseData("https://0x7f000001/planted", "is not on the allow-list Greenhouse:CallbackHosts").SetName("SendTest_HexLoopback_400");
        yield return new TestCaseData("https://2130706433/planted", "is not on the allow-list Greenhouse:CallbackHosts").SetName("SendTest_DecimalLoopback_400");
        yield return new TestCaseData("https://localhost/planted", "url's host localhost is not on the allow-list").SetName("SendTest_Localhost_400");
        yield return new TestCaseData("https://app.greenhouse.io.evil.example/x", "is not on the allow-list").SetName("SendTest_SuffixTrick_400");
        yield return new TestCaseData("https://greenhouse.io/x", "url's host greenhouse.io is not on the allow-list").SetName("SendTest_ApexOfWildcard_400");
        yield return new TestCaseData("https://k:p@app.greenhouse.io/x", "url must not carry a user name or password").SetName("SendTest_UserInfo_400");
    }

    [TestCaseSource(nameof(RefusedByShippedPolicy))]
    public async Task SendTest_UrlOutsideThePolicy_Is400NamingTheRule_AndStoresNothing(string url, string expected)
    {
        using var greenhouse = _shipped.CreateGreenhouseClient(_shippedTenant.ApiKey);
        var before = await InstanceCountAsync(_shipped);

        var response = await greenhouse.PostAsJsonAsync(GreenhouseApi.SendTestPath,
            GreenhouseApi.SendTest("12345", url: url.Replace("{port}", new Uri(_receiver.BaseUrl).Port.ToString(), StringComparison.Ordinal)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadJsonAsync())["debugging_message"]!.GetValue<string>(), Does.Contain(expected));
        Assert.That(await InstanceCountAsync(_shipped), Is.EqualTo(before));
    }

    [TestCase("https://app.greenhouse.io/complete/1")]
    [TestCase("https://APP.Greenhouse.IO./complete/1")]
    public async Task SendTest_UrlOnTheShippedAllowList_IsAccepted(string url)
    {
        using var greenhouse = _shipped.CreateGreenhouseClient(_shippedTenant.ApiKey);

        var response = await greenhouse.PostAsJsonAsync(GreenhouseApi.SendTestPath, GreenhouseApi.SendTest("12345", url: url));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("http://127.0.0.1:{port}/x", "127.0.0.1 is a loopback address")]
    [TestCase("http://[::1]:{port}/x", "::1 is a loopback address")]
    [TestCase("http://[::ffff:127.0.0.1]:{port}/x", "is a loopback address")]
    [TestCase("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address")]
    [TestCase("http://10.1.2.3/x", "10.1.2.3 is a private address")]
    [TestCase("http://192.168.0.1/x", "192.168.0.1 is a private address")]
    [TestCase("http://0.0.0.0:{port}/x", "0.0.0.0 is an unspecified address")]
    [TestCase("http://224.0.0.1/x", "224.0.0.1 is a multicast address")]
    public async Task SendTest_AnyHostAllowed_NonPublicAddressStill400(string url, string expected)
    {
        using var greenhouse = _anyHost.CreateGreenhouseClient(_anyHostTenant.ApiKey);

        var response = await greenhouse.PostAsJsonAsync(GreenhouseApi.SendTestPath,
            GreenhouseApi.SendTest("12345", url: url.Replace("{port}", new Uri(_receiver.BaseUrl).Port.ToString(), StringComparison.Ordinal)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadJsonAsync())["debugging_message"]!.GetValue<string>(),
            Does.Contain(expected).And.Contain("Outbound:AllowPrivateAddresses"));
    }

    [Test]
    public async Task Callback_HostResolvingToLoopbackAtDeliveryTime_IsNotSent_DeadLetterSaysWhy()
    {
        // The name passes send_test (it is not an address); only the connect-time check, after DNS, can stop it.
        var url = _receiver.NewUrl(204).Replace("127.0.0.1", PlantedName, StringComparison.Ordinal);
        using var greenhouse = _anyHost.CreateGreenhouseClient(_anyHostTenant.ApiKey);
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("12345", url: url));

        await CompleteAsync(_anyHost, interviewId);

        var dead = await GreenhouseApp.EventuallyAsync(() => CallbackMessageAsync(_anyHost, interviewId), m => m.State == OutboxState.Dead);
        Assert.Multiple(() =>
        {
            Assert.That(dead.State, Is.EqualTo(OutboxState.Dead));
            Assert.That(dead.Attempts, Is.EqualTo(1), "a refused address is not retried");
            Assert.That(dead.LastError, Does.Contain($"{PlantedName} resolves to a loopback address"));
            Assert.That(_receiver.Requests.Where(r => r.Path == new Uri(url).AbsolutePath), Is.Empty, "nothing reached the receiver");
        });
    }

    [Test]
    public async Task Callback_SameHostWithAllowPrivateAddresses_IsDelivered()
    {
        // The control for the test above: with the test setting on, the very same url is called.
        var settings = PartnerApiFactory.ProductionOutbound.ToDictionary();
        settings["Outbound:AllowHttp"] = "true";
        settings["Outbound:AllowPrivateAddresses"] = "true";
        settings["Greenhouse:CallbackHosts:0"] = "*.greenhouse.io";
        await using var factory = new PartnerApiFactory(GreenhouseApp.Settings(settings),
            testServices: s => s.AddSingleton<IHostAddressResolver>(new FakeDns(Planted)));
        var tenant = await factory.CreateTenantAsync(("12345", "My First Test"));
        var url = _receiver.NewUrl(204).Replace("127.0.0.1", PlantedName, StringComparison.Ordinal);
        using var greenhouse = factory.CreateGreenhouseClient(tenant.ApiKey);
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("12345", url: url));

        await CompleteAsync(factory, interviewId);

        var delivered = await GreenhouseApp.EventuallyAsync(() => CallbackMessageAsync(factory, interviewId), m => m.State == OutboxState.Delivered);
        Assert.That(delivered.State, Is.EqualTo(OutboxState.Delivered));
    }

    [Test]
    public async Task Callback_UrlStoredBeforeThePolicy_IsNotSent_DeadLetterSaysWhy()
    {
        // An instance sent while the policy allowed loopback (as before it existed), delivered by an instance with the
        // shipped policy on the same database.
        var permissive = new PartnerApiFactory(GreenhouseApp.Settings(new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" }));
        await using (permissive)
        {
            var tenant = await permissive.CreateTenantAsync(("12345", "My First Test"));
            var url = _receiver.NewUrl(204);
            using var greenhouse = permissive.CreateGreenhouseClient(tenant.ApiKey);
            var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("12345", url: url));
            await CompleteAsync(permissive, interviewId);

            await using var shipped = new PartnerApiFactory(GreenhouseApp.Settings(PartnerApiFactory.ProductionOutbound.ToDictionary()),
                sharedDatabase: permissive.Database);
            _ = shipped.Server;

            var dead = await GreenhouseApp.EventuallyAsync(() => CallbackMessageAsync(shipped, interviewId), m => m.State == OutboxState.Dead);
            Assert.Multiple(() =>
            {
                Assert.That(dead.State, Is.EqualTo(OutboxState.Dead));
                Assert.That(dead.LastError, Does.Contain("The callback is not sent: url must use https"));
                Assert.That(_receiver.For(url), Is.Empty);
            });
        }
    }

    [TestCase("http://127.0.0.1", "workspace_url must use https: plain http is refused")]
    [TestCase("https://127.0.0.1", "workspace_url's host 127.0.0.1 is not on the allow-list Databricks:WorkspaceHosts")]
    [TestCase("https://127.1", "is not on the allow-list Databricks:WorkspaceHosts")]
    [TestCase("https://0x7f000001", "is not on the allow-list Databricks:WorkspaceHosts")]
    [TestCase("https://2130706433", "is not on the allow-list Databricks:WorkspaceHosts")]
    [TestCase("https://localhost", "workspace_url's host localhost is not on the allow-list")]
    [TestCase("https://workspace.example.com", "workspace_url's host workspace.example.com is not on the allow-list Databricks:WorkspaceHosts "
        + "(*.cloud.databricks.com, *.azuredatabricks.net, *.gcp.databricks.com)")]
    public async Task TestConnection_HostOutsideThePolicy_OneFailedCheck_SameMessageForAnOpenAndAClosedPort(string origin, string expected)
    {
        var open = await TestConnectionAsync(_shipped, $"{origin}:{new Uri(_workspace.BaseUrl).Port}");
        var closed = await TestConnectionAsync(_shipped, $"{origin}:{TestConnectionRequests.ClosedLoopbackPort()}");

        Assert.Multiple(() =>
        {
            Assert.That(open.Keys, Is.EqualTo(new[] { "Connectivity" }));
            Assert.That(open["Connectivity"].Status, Is.EqualTo("FAILED"));
            Assert.That(open["Connectivity"].Message, Does.StartWith("The workspace is not contacted: ").And.Contain(expected));
            Assert.That(closed, Is.EqualTo(open), "the answer must not tell an open port from a closed one");
            Assert.That(_workspace.Requests, Is.Empty);
        });
    }

    [TestCase("http://localhost", "localhost resolves to a loopback address")]
    [TestCase("http://" + PlantedWorkspace, PlantedWorkspace + " resolves to a loopback address")]
    [TestCase("http://127.0.0.1", "127.0.0.1 is a loopback address")]
    [TestCase("http://[::1]", "::1 is a loopback address")]
    public async Task TestConnection_AnyHostAllowed_NonPublicAddressAfterDns_OneFailedCheck_SameMessageForAnOpenAndAClosedPort(
        string origin, string expected)
    {
        var open = await TestConnectionAsync(_anyHost, $"{origin}:{new Uri(_workspace.BaseUrl).Port}");
        var closed = await TestConnectionAsync(_anyHost, $"{origin}:{TestConnectionRequests.ClosedLoopbackPort()}");

        Assert.Multiple(() =>
        {
            Assert.That(open, Is.EqualTo(new Dictionary<string, (string, string)>
            {
                ["Connectivity"] = ("FAILED", $"The workspace is not contacted: {expected}, which outbound calls never reach "
                    + "(Outbound:AllowPrivateAddresses permits it, for tests only)."),
            }));
            Assert.That(closed, Is.EqualTo(open));
            Assert.That(_workspace.Requests, Is.Empty);
        });
    }

    private async Task<Dictionary<string, (string Status, string Message)>> TestConnectionAsync(PartnerApiFactory factory, string workspaceOrigin)
    {
        using var databricks = factory.CreateDatabricksClient();
        var connection = await databricks.ConnectAsync(workspaceOrigin, FakeDatabricksWorkspace.Token, FakeDatabricksWorkspace.WarehouseId);
        return (await databricks.TestConnectionAsync(connection.ConnectionId, connection.WorkspaceId)).Results();
    }

    private static Task<int> InstanceCountAsync(PartnerApiFactory factory) => factory.WithDbAsync(db => db.TestInstances.CountAsync());

    private static async Task CompleteAsync(PartnerApiFactory factory, string interviewId)
    {
        using var admin = factory.CreateAdminClient();
        await admin.CompleteAsync(interviewId);
    }

    private static Task<OutboxMessage> CallbackMessageAsync(PartnerApiFactory factory, string interviewId) => factory.WithDbAsync(async db =>
    {
        var instanceId = await db.TestInstances.Where(i => i.PartnerInterviewId == interviewId).Select(i => i.Id).SingleAsync();
        return await db.OutboxMessages.AsNoTracking()
            .SingleAsync(m => m.Type == OutboxMessageType.CompletionCallback && m.Payload.Contains(instanceId.ToString()));
    });
}
