using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Npgsql;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Faults;

/// <summary>
/// docs/operations.md "When the database is down": PostgreSQL taken away under the running app while it serves a steady
/// load, either stopped (a server of the test's own, shut down as an operator would and started again) or lost on the
/// network (a proxy that keeps every connection open and answers nothing). Every request answers 200 or its contract's
/// server-error envelope within Database:CommandTimeout plus a little (8 s with the defaults), /health/ready 503 within
/// 5 s, /health/live 200 within 1 s, and the app recovers by itself when the database returns. The answer times are
/// written to the test output.
/// </summary>
[TestFixture(Outage.Stopped)]
[TestFixture(Outage.NetworkLost)]
[NonParallelizable]
public sealed class DatabaseOutageTests(DatabaseOutageTests.Outage outage)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(8);
    private ThrowawayPostgres? _server;
    private TcpProxy? _proxy;
    private TestDatabase _database = null!;
    private PartnerApiFactory _factory = null!;
    private Tenant _tenant = null!;
    private string _interviewId = null!;

    public enum Outage
    {
        Stopped,
        NetworkLost,
    }

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        TestDatabase.RequirePostgres();
        var settings = GreenhouseApp.Settings();
        if (outage == Outage.Stopped)
        {
            try
            {
                _server = ThrowawayPostgres.Start();
            }
            catch (InvalidOperationException ex) when (!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Ignore("No PostgreSQL server of its own can be started here (tests/postgres/throwaway-postgres.sh): " + ex.Message);
            }

            _database = TestDatabase.OnPostgresServer(_server!.Admin);
        }
        else
        {
            // The app reaches the shared server through the proxy only.
            _database = TestDatabase.Create(Provider.PostgreSql, Path.GetTempPath());
            var throughProxy = new NpgsqlConnectionStringBuilder(_database.ConnectionString);
            _proxy = TcpProxy.Start(throughProxy.Port);
            throughProxy.Port = _proxy.Port;
            settings["ConnectionStrings:Partner"] = throughProxy.ConnectionString;
        }

        _factory = new PartnerApiFactory(settings, provider: Provider.PostgreSql, sharedDatabase: _database);
        _tenant = await _factory.CreateTenantAsync(("outage", "Outage test"));
        using var greenhouse = _factory.CreateGreenhouseClient(_tenant.ApiKey);
        _interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("outage"));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _factory?.Dispose();
        _database?.Dispose();
        _server?.Dispose();
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }
    }

    [Test]
    public async Task UnderLoad_EveryEndpointAnswersWithinTheBound_AndTheAppRecoversAlone()
    {
        await AssertWorksAsync();
        using var stopLoad = new CancellationTokenSource();
        var loadAnswers = new ConcurrentBag<Answer>();
        var load = Enumerable.Range(0, 6).Select(worker => LoadAsync(worker, loadAnswers, stopLoad.Token)).ToArray();
        await Task.Delay(300);

        var takenAway = DateTime.UtcNow;
        await Task.Run(TakeAway);
        var probes = await Task.WhenAll(
            TimeAsync("connect", c => c.PostAsync("/partners/databricks/v1/connect", ConnectBody()), Databricks()),
            TimeAsync("test_status", c => c.GetAsync(GreenhouseApi.TestStatusOf(_interviewId)), Greenhouse()),
            TimeAsync("admin connections", c => c.GetAsync("/admin/connections"), _factory.CreateAdminClient()),
            TimeAsync("health/ready", c => c.GetAsync("/health/ready"), _factory.CreateClient()),
            TimeAsync("health/live", c => c.GetAsync("/health/live"), _factory.CreateClient()));
        // The load goes on past the bound, so every worker makes requests that begin during the outage.
        var loadUntil = takenAway + Bound + TimeSpan.FromSeconds(2);
        if (loadUntil > DateTime.UtcNow)
        {
            await Task.Delay(loadUntil - DateTime.UtcNow);
        }

        await stopLoad.CancelAsync();
        await Task.WhenAll(load);

        var during = loadAnswers.Where(a => a.Started >= takenAway).ToList();
        var report = string.Join("; ", probes.Select(a => $"{a.Name} {(int)a.Status} in {a.Took.TotalSeconds:0.0} s"))
            + $"; load: {during.Count} requests, {during.Count(a => a.Status == HttpStatusCode.InternalServerError)} answered 500, "
            + $"slowest {(during.Count == 0 ? 0 : during.Max(a => a.Took.TotalSeconds)):0.0} s";
        TestContext.Out.WriteLine($"{outage}: {report}");

        Assert.Multiple(() =>
        {
            foreach (var answer in probes.Where(a => a.Name is not ("health/ready" or "health/live")).Concat(during))
            {
                Assert.That(answer.Took, Is.LessThan(Bound), $"{answer.Name}: {report}");
                Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.InternalServerError).Or.EqualTo(HttpStatusCode.OK), answer.Name);
                if (answer.Status == HttpStatusCode.InternalServerError)
                {
                    Assert.That(answer.Body, Does.Contain("\"error_reason\":\"general_error\""), answer.Name);
                }
            }

            Assert.That(probes.Where(a => a.Name is not ("health/ready" or "health/live")).Select(a => a.Status),
                Is.All.EqualTo(HttpStatusCode.InternalServerError), report);
            Assert.That(during.Where(a => a.Started > takenAway.AddSeconds(1)).Select(a => a.Status),
                Is.All.EqualTo(HttpStatusCode.InternalServerError), "a request begun well after the outage did not fail");
            var ready = probes.Single(a => a.Name == "health/ready");
            Assert.That((ready.Status, ready.Took < TimeSpan.FromSeconds(5)), Is.EqualTo((HttpStatusCode.ServiceUnavailable, true)), report);
            var live = probes.Single(a => a.Name == "health/live");
            Assert.That((live.Status, live.Took < TimeSpan.FromSeconds(1)), Is.EqualTo((HttpStatusCode.OK, true)), report);
        });

        await Task.Run(GiveBack);
        var recovered = Stopwatch.StartNew();
        await AssertWorksAsync(within: TimeSpan.FromSeconds(20));
        var served = recovered.Elapsed;
        await AssertReadyAsync(within: TimeSpan.FromSeconds(20));
        TestContext.Out.WriteLine($"{outage}: requests served again {served.TotalSeconds:0.0} s after the database returned, "
            + $"/health/ready 200 after {recovered.Elapsed.TotalSeconds:0.0} s");
    }

    private void TakeAway()
    {
        if (_server is not null)
        {
            _server.Pause();
        }
        else
        {
            _proxy!.Blackhole();
        }
    }

    private void GiveBack()
    {
        if (_server is not null)
        {
            _server.Resume();
        }
        else
        {
            _proxy!.Restore();
        }
    }

    /// <summary>A client calling connect and test_status in turn, every 50 ms, until stopped.</summary>
    private async Task LoadAsync(int worker, ConcurrentBag<Answer> answers, CancellationToken stop)
    {
        using var databricks = Databricks();
        using var greenhouse = Greenhouse();
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var answer = (worker + i) % 2 == 0
                ? await TimeAsync("load connect", c => c.PostAsync("/partners/databricks/v1/connect", ConnectBody()), databricks, dispose: false)
                : await TimeAsync("load test_status", c => c.GetAsync(GreenhouseApi.TestStatusOf(_interviewId)), greenhouse,
                    dispose: false);
            answers.Add(answer);
            await Task.Delay(50, CancellationToken.None);
        }
    }

    /// <summary>A connect and a test_status answer 200 (retrying, within <paramref name="within"/>, while the pool recovers).</summary>
    private async Task AssertWorksAsync(TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.Zero);
        while (true)
        {
            using var databricks = Databricks();
            using var greenhouse = Greenhouse();
            using var connect = await databricks.PostAsync("/partners/databricks/v1/connect", ConnectBody());
            using var status = await greenhouse.GetAsync(GreenhouseApi.TestStatusOf(_interviewId));
            if ((connect.StatusCode, status.StatusCode) == (HttpStatusCode.OK, HttpStatusCode.OK))
            {
                return;
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"the app did not recover: connect {(int)connect.StatusCode}, test_status {(int)status.StatusCode}");
            await Task.Delay(250);
        }
    }

    /// <summary>/health/ready answers 200 within <paramref name="within"/> (a failed write probe is reused for Health:WriteProbeCacheDuration).</summary>
    private async Task AssertReadyAsync(TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        using var client = _factory.CreateClient();
        while (true)
        {
            using var readiness = await client.GetAsync("/health/ready");
            if (readiness.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"/health/ready still answers {(int)readiness.StatusCode}");
            await Task.Delay(250);
        }
    }

    private HttpClient Databricks() => _factory.CreateDatabricksClient();

    private HttpClient Greenhouse() => _factory.CreateGreenhouseClient(_tenant.ApiKey);

    private static StringContent ConnectBody() => new(
        DatabricksRequests.Connect($"admin@{DatabricksRequests.NewTestDomain()}", DatabricksRequests.NewWorkspaceId()).ToJsonString(),
        System.Text.Encoding.UTF8, "application/json");

    private static async Task<Answer> TimeAsync(string name, Func<HttpClient, Task<HttpResponseMessage>> call, HttpClient client, bool dispose = true)
    {
        try
        {
            var started = DateTime.UtcNow;
            var clock = Stopwatch.StartNew();
            using var response = await call(client);
            var body = await response.Content.ReadAsStringAsync();
            return new Answer(name, started, response.StatusCode, clock.Elapsed, body);
        }
        finally
        {
            if (dispose)
            {
                client.Dispose();
            }
        }
    }

    private sealed record Answer(string Name, DateTime Started, HttpStatusCode Status, TimeSpan Took, string Body);
}
