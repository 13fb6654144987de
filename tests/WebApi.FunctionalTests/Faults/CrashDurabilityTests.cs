using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Faults;

/// <summary>
/// The server is killed with SIGKILL while it answers connects and send_tests, then restarted on the same database:
/// every request that had been answered 2xx must still be there. The kill comes once enough of each were acknowledged
/// (not after a fixed time: a busy machine may answer none in the first seconds), while the load goes on.
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
public sealed class CrashDurabilityTests(Provider provider)
{
    private const string GreenhouseKey = "crash-test-greenhouse-key-0123456789";
    private const int AcknowledgedBeforeKill = 20;
    private static readonly TimeSpan AcknowledgementDeadline = TimeSpan.FromMinutes(2);

    [Test]
    public async Task Sigkill_UnderLoad_EveryAnswered2xxSurvivesTheRestart()
    {
        var directory = Path.Combine(Path.GetTempPath(), "partner-tests", Guid.NewGuid().ToString("N"));
        using var database = TestDatabase.Create(provider, directory);
        Directory.CreateDirectory(directory);
        var settings = new Dictionary<string, string>(database.Settings)
        {
            ["Database:DataDirectory"] = directory,
            ["PartnerConnect:Credentials:0:Username"] = PartnerApiFactory.Username,
            ["PartnerConnect:Credentials:0:Password"] = PartnerApiFactory.Password,
            ["RateLimiting:Enabled"] = "false",
            ["Greenhouse:Seed:Organization:Name"] = "Crash Corp",
            ["Greenhouse:Seed:Organization:ApiKey"] = GreenhouseKey,
            ["Greenhouse:Seed:Organization:Tests:0:PartnerTestId"] = "crash-1",
            ["Greenhouse:Seed:Organization:Tests:0:PartnerTestName"] = "Crash test",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var domain = DatabricksRequests.NewTestDomain();
        var connections = new ConcurrentBag<(string ConnectionId, long WorkspaceId, string Email)>();
        var interviews = new ConcurrentBag<string>();

        using (var server = await ServerProcess.StartAsync(settings))
        {
            using var databricks = Client(server.BaseAddress, PartnerApiFactory.BasicHeader(PartnerApiFactory.Username, PartnerApiFactory.Password));
            using var greenhouse = Client(server.BaseAddress, new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(GreenhouseKey + ":"))));
            using var stop = new CancellationTokenSource();
            var workers = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    try
                    {
                        if (worker % 2 == 0)
                        {
                            var email = $"user{worker}-{i}@{domain}";
                            var workspaceId = DatabricksRequests.NewWorkspaceId();
                            var (response, json) = await databricks.ConnectAsync(DatabricksRequests.Connect(email, workspaceId));
                            if (response.IsSuccessStatusCode)
                            {
                                connections.Add((json["connection_id"]!.GetValue<string>(), workspaceId, email));
                            }
                        }
                        else
                        {
                            var response = await greenhouse.PostAsJsonAsync(GreenhouseApi.SendTestPath,
                                GreenhouseApi.SendTest("crash-1", $"candidate{worker}-{i}@example.com"));
                            if (response.IsSuccessStatusCode)
                            {
                                interviews.Add((await response.ReadJsonAsync())["partner_interview_id"]!.GetValue<string>());
                            }
                        }
                    }
                    catch (HttpRequestException)
                    {
                        // The server is gone: only answered requests count.
                    }
                    catch (TaskCanceledException)
                    {
                    }
                }
            })).ToList();

            var deadline = DateTime.UtcNow + AcknowledgementDeadline;
            while ((connections.Count < AcknowledgedBeforeKill || interviews.Count < AcknowledgedBeforeKill) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            server.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(workers);
        }

        await TestContext.Out.WriteLineAsync($"{connections.Count} connects and {interviews.Count} send_tests were answered 2xx before SIGKILL");
        Assert.Multiple(() =>
        {
            Assert.That(connections, Has.Count.GreaterThanOrEqualTo(AcknowledgedBeforeKill), $"connects answered within {AcknowledgementDeadline} before the kill");
            Assert.That(interviews, Has.Count.GreaterThanOrEqualTo(AcknowledgedBeforeKill), $"send_tests answered within {AcknowledgementDeadline} before the kill");
        });

        using (var restarted = await ServerProcess.StartAsync(settings))
        {
            using var databricks = Client(restarted.BaseAddress, PartnerApiFactory.BasicHeader(PartnerApiFactory.Username, PartnerApiFactory.Password));
            using var greenhouse = Client(restarted.BaseAddress, new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(GreenhouseKey + ":"))));
            var lostConnections = new List<string>();
            foreach (var (connectionId, workspaceId, email) in connections)
            {
                var (response, json) = await databricks.ConnectAsync(DatabricksRequests.Connect(email, workspaceId, connectionId));
                if (response.StatusCode != HttpStatusCode.OK || json["redirect_value"]?.GetValue<string>() != "sign_in")
                {
                    lostConnections.Add(connectionId);
                }
            }

            var lostInterviews = new List<string>();
            foreach (var interviewId in interviews)
            {
                var response = await greenhouse.GetAsync(GreenhouseApi.TestStatusOf(interviewId));
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    lostInterviews.Add(interviewId);
                }
            }

            Assert.Multiple(() =>
            {
                Assert.That(lostConnections, Is.Empty, $"of {connections.Count} answered connects");
                Assert.That(lostInterviews, Is.Empty, $"of {interviews.Count} answered send_tests");
            });
        }

        database.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private static HttpClient Client(Uri baseAddress, AuthenticationHeaderValue authorization)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = authorization;
        return client;
    }
}
