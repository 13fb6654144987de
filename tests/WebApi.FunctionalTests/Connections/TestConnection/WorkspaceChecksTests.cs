using System.Net;
using Partner.WebApi.FunctionalTests.Fakes;

namespace Partner.WebApi.FunctionalTests.Connections.TestConnection;

/// <summary>test-connection checks the stored connection against its workspace: a local fake one.</summary>
public sealed class WorkspaceChecksTests
{
    private static readonly string[] AllChecks = ["Connectivity", "Authentication", "Compute"];
    private static readonly string[] ChecksWithoutCompute = ["Connectivity", "Authentication"];

    private FakeDatabricksWorkspace _workspace = null!;
    private PartnerApiFactory _factory = null!;
    private HttpClient _databricks = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _workspace = await FakeDatabricksWorkspace.StartAsync();
        _factory = new PartnerApiFactory(new Dictionary<string, string?>
        {
            ["Databricks:AllowInsecureHttp"] = "true",
            ["Databricks:Timeout"] = "00:00:03",
        });
        _databricks = _factory.CreateDatabricksClient();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _databricks.Dispose();
        await _factory.DisposeAsync();
        await _workspace.DisposeAsync();
    }

    [SetUp]
    public void ResetWorkspace() => _workspace.Reset();

    [Test]
    public async Task HealthyWorkspace_AllChecksSucceed()
    {
        var connection = await _databricks.ConnectAsync(_workspace.BaseUrl, FakeDatabricksWorkspace.Token, FakeDatabricksWorkspace.WarehouseId);

        var results = (await _databricks.TestConnectionAsync(connection.ConnectionId, connection.WorkspaceId)).Results();

        Assert.Multiple(() =>
        {
            Assert.That(results.Keys, Is.EquivalentTo(AllChecks));
            Assert.That(results.Values.Select(r => r.Status), Has.All.EqualTo("SUCCESS"));
            Assert.That(results.Values.Select(r => r.Message), Has.All.Not.Empty);
            Assert.That(results["Compute"].Message, Does.Contain(FakeDatabricksWorkspace.WarehouseId).And.Contain("RUNNING"));
            Assert.That(_workspace.Requests.Select(r => $"{r.Method} {r.Path} {r.Authorization}"), Is.EqualTo(new[]
            {
                $"GET /api/2.0/preview/scim/v2/Me Bearer {FakeDatabricksWorkspace.Token}",
                $"GET /api/2.0/sql/warehouses/{FakeDatabricksWorkspace.WarehouseId} Bearer {FakeDatabricksWorkspace.Token}",
            }));
        });
    }

    [Test]
    public async Task Cluster_ReportsItsState()
    {
        var connection = await _databricks.ConnectAsync(_workspace.BaseUrl, FakeDatabricksWorkspace.Token, FakeDatabricksWorkspace.ClusterId,
            isSqlWarehouse: false);

        var results = (await _databricks.TestConnectionAsync(connection.ConnectionId, connection.WorkspaceId)).Results();

        Assert.That(results["Compute"], Is.EqualTo(("SUCCESS", $"Cluster {FakeDatabricksWorkspace.ClusterId} exists; its state is TERMINATED.")));
        Assert.That(_workspace.Requests[^1].Query, Is.EqualTo($"?cluster_id={FakeDatabricksWorkspace.ClusterId}"));
    }

    [Test]
    public async Task NoClusterId_ReportsNoComputeCheck()
    {
        var connection = await _databricks.ConnectAsync(_workspace.BaseUrl, FakeDatabricksWorkspace.Token, clusterId: null);

        var results = (await _databricks.TestConnectionAsync(connection.ConnectionId, connection.WorkspaceId)).Results();

        Assert.That(results.Keys, Is.EquivalentTo(ChecksWithoutCompute));
        Assert.That(results.Values.Select(r => r.Status), Has.All.EqualTo("SUCCESS"));
    }

    [Test]
    public async Task WrongToken_AuthenticationFailsWithUsefulMessage()
    {
        const string wrongPat = "dapi-wrong-token-0000";
        var connection = await _databricks.ConnectAsync(_workspace.BaseUrl, wrongPat, FakeDatabricksWorkspace.WarehouseId);

        var results = (await _databricks.TestConnectionAsync(connection.ConnectionId, connection.WorkspaceId)).Results();

        Assert.Multiple(() =>
        {
            Assert.That(results["Connectivity"].Status, Is.EqualTo("SUCCESS"));
            Assert.That(results["Authentication"].Status, Is.EqualTo("FAILED"));
            Assert.That(results["Authentication"].Message,
                Is.EqualTo("The workspace rejected the personal access token: HTTP 401 UNAUTHENTICATED."));
            Assert.That(results["Compute"], Is.EqualTo(("FAILED", "Not checked: the workspace did not accept the connection's credential (see Authentication).")));
            Assert.That(results.Values.Select(r => r.Message), Has.None.Contains(wrongPat));
        });
    }

    [Test]
    public async Task WorkspaceText_IsNotRepeated_OnlyItsStatusAndAnErrorCodeThatLooksLikeOne()
    {
        var connection = await _databricks.ConnectAsync(_workspace.BaseUrl, FakeDatabricksWorkspace.Token, FakeDatabricksWorkspace.WarehouseId);
        _workspace.FailNext("GET", "/api/2.0/preview/scim/v2/Me", 403, "<b>planted code</b>", "Planted text: call +1 555 0100 <script>x</script>");

        var results = (await _databricks.TestConnectionAsync(connection.ConnectionId, connection.WorkspaceId)).Results();

        Assert.That(results["Authentication"], Is.EqualTo(("FAILED", "The workspace rejected the personal access token: HTTP 403.")));
    }

    [Test]
    public async Task WorkspaceRedirect_IsNotFollowed_TheTokenStaysHome()
    {
        await using var elsewhere = await FakeDatabricksWorkspace.StartAsync();
        var connection = await _databricks.ConnectAsync(_workspace.BaseUrl, FakeDatabricksWorkspace.Token, FakeDatabricksWorkspace.WarehouseId);
        _workspace.RedirectNext("GET", "/api/2.0/preview/scim/v2/Me", elsewhere.BaseUrl + "/api/2.0/preview/scim/v2/Me");

        var results = (await _databricks.TestConnectionAsync(connection.ConnectionId, connection.WorkspaceId)).Results();

        Assert.Multiple(() =>
        {
            Assert.That(results["Authentication"], Is.EqualTo(("FAILED", "The workspace could not check the personal access token: HTTP 302 REDIRECTED.")));
            Assert.That(elsewhere.Requests, Is.Empty);
        });
    }

    [Test]
    public async Task UnknownWarehouse_ComputeFailsWithUsefulMessage()
    {
        var connection = await _databricks.ConnectAsync(_workspace.BaseUrl, FakeDatabricksWorkspace.Token, "0000-unknown-warehouse");

        var results = (await _databricks.TestConnectionAsync(connection.ConnectionId, connection.WorkspaceId)).Results();

        Assert.Multiple(() =>
        {
            Assert.That(results["Authentication"].Status, Is.EqualTo("SUCCESS"));
            Assert.That(results["Compute"].Status, Is.EqualTo("FAILED"));
            Assert.That(results["Compute"].Message, Does.Contain("SQL warehouse 0000-unknown-warehouse was not found")
                .And.Contain("RESOURCE_DOES_NOT_EXIST"));
        });
    }

    [Test]
    public async Task UnreachableHost_ConnectivityFailsWithUsefulMessage()
    {
        var port = TestConnectionRequests.ClosedLoopbackPort();
        var connection = await _databricks.ConnectAsync($"http://127.0.0.1:{port}", FakeDatabricksWorkspace.Token, FakeDatabricksWorkspace.WarehouseId);

        var results = (await _databricks.TestConnectionAsync(connection.ConnectionId, connection.WorkspaceId)).Results();

        Assert.Multiple(() =>
        {
            Assert.That(results["Connectivity"], Is.EqualTo(("FAILED", $"The workspace 127.0.0.1:{port} is unreachable: connection refused.")));
            // Authentication was never tried: neither it nor the compute check blames the credential.
            Assert.That(results["Authentication"], Is.EqualTo(("FAILED", "Not checked: the workspace is not reachable.")));
            Assert.That(results["Compute"], Is.EqualTo(("FAILED", "Not checked: the workspace is not reachable.")));
            Assert.That(results.Values.Select(r => r.Message), Has.None.Contains(FakeDatabricksWorkspace.Token));
        });
    }

    [Test]
    public async Task OAuthM2M_SecretIsExchangedForAToken()
    {
        var connection = await _databricks.ConnectAsync(_workspace.BaseUrl, pat: null, FakeDatabricksWorkspace.WarehouseId,
            servicePrincipalId: FakeDatabricksWorkspace.ClientId, oauthSecret: FakeDatabricksWorkspace.ClientSecret);

        var results = (await _databricks.TestConnectionAsync(connection.ConnectionId, connection.WorkspaceId)).Results();

        Assert.Multiple(() =>
        {
            Assert.That(results.Values.Select(r => r.Status), Has.All.EqualTo("SUCCESS"));
            var token = _workspace.Requests[0];
            Assert.That($"{token.Method} {token.Path}", Is.EqualTo("POST /oidc/v1/token"));
            Assert.That(token.Body, Does.Contain("grant_type=client_credentials"));
            Assert.That(_workspace.Requests[1].Authorization, Is.EqualTo($"Bearer {FakeDatabricksWorkspace.OAuthAccessToken}"));
        });
    }

    [Test]
    public async Task UnknownConnection_Returns404ConnectionNotFound()
    {
        var (response, json) = await _databricks.TestConnectionAsync(Guid.NewGuid().ToString(), DatabricksRequests.NewWorkspaceId());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(json.Text("error_reason"), Is.EqualTo("connection_not_found"));
        Assert.That(_workspace.Requests, Is.Empty);
    }
}
