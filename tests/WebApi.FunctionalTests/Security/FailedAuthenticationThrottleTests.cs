using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Partner.WebApi.FunctionalTests.Security;

/// <summary>
/// Guessing credentials from one client: slowed down after a few failures, then refused (429, Retry-After) on every
/// scheme, concurrency included; a success on one scheme does not clear the failures of another.
/// </summary>
public sealed class FailedAuthenticationThrottleTests
{
    private const string Connectors = "/partners/databricks/v1/connectors";

    [Test]
    public async Task Repeated401s_FromOneClient_AreSlowedDown_AndASuccessDoesNotClearThem()
    {
        using var factory = Factory(freeFailures: 2, maxFailures: 100, baseDelay: "00:00:01", maxDelay: "00:00:02");
        using var wrong = factory.CreateDatabricksClient(PartnerApiFactory.Username, "wrong-password");
        var timings = new List<TimeSpan>();
        for (var i = 0; i < 4; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await wrong.GetAsync(Connectors);
            timings.Add(watch.Elapsed);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        Assert.Multiple(() =>
        {
            Assert.That(timings[0], Is.LessThan(TimeSpan.FromMilliseconds(900)), "the first failures are free");
            Assert.That(timings[2], Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(990)), "the third failure waits the base delay");
            Assert.That(timings[3], Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(1990)), "the delay doubles, up to the maximum");
        });

        using var ok = await factory.CreateDatabricksClient().GetAsync(Connectors);
        var watchAfter = Stopwatch.StartNew();
        using var again = await wrong.GetAsync(Connectors);
        Assert.Multiple(() =>
        {
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a right credential is not slowed down");
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(watchAfter.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(1990)), "the success cleared nothing");
        });
    }

    [Test]
    public async Task ManyDifferentWrongPasswords_SentConcurrently_AtMostMaxFailuresAreChecked_TheRestAre429WithRetryAfter()
    {
        using var factory = Factory(freeFailures: 100, maxFailures: 5);
        var clients = Enumerable.Range(0, 40).Select(i => factory.CreateDatabricksClient(PartnerApiFactory.Username, $"guess-{i}")).ToList();

        var answers = await Task.WhenAll(clients.Select(c => c.GetAsync(Connectors)));

        var unauthorized = answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized);
        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(unauthorized, Is.LessThanOrEqualTo(5), "no more guesses were checked than the limit, however concurrent");
            Assert.That(unauthorized + refused.Count, Is.EqualTo(40));
            Assert.That(refused.Select(r => r.Headers.RetryAfter?.Delta), Has.All.Not.Null.And.All.GreaterThan(TimeSpan.Zero));
            Assert.That((await refused[0].ReadJsonAsync()).Text("error_reason"), Is.EqualTo("too_many_requests"));
        });

        // Over the limit, the right credential is refused too (it is not even checked) until the window ends.
        using var right = await factory.CreateDatabricksClient().GetAsync(Connectors);
        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Test]
    public async Task FailuresOnEveryScheme_CountTogether_AdminIncluded()
    {
        using var factory = Factory(freeFailures: 100, maxFailures: 3);
        using var databricks = factory.CreateDatabricksClient(PartnerApiFactory.Username, "wrong");
        using var greenhouse = factory.CreateClient();
        greenhouse.DefaultRequestHeaders.Authorization = PartnerApiFactory.BasicHeader("gh_wrong-key", "");
        using var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong-admin-key");

        using var first = await databricks.GetAsync(Connectors);
        using var second = await greenhouse.GetAsync(GreenhouseApi.ListTestsPath);
        using var third = await admin.GetAsync("/admin/accounts");
        using var fourth = await admin.GetAsync("/admin/accounts");
        using var rightAdmin = await factory.CreateAdminClient().GetAsync("/admin/accounts");

        Assert.Multiple(() =>
        {
            Assert.That(new[] { first.StatusCode, second.StatusCode, third.StatusCode }, Is.All.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(fourth.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "the admin endpoint is limited too");
            Assert.That(rightAdmin.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        });
    }

    [Test]
    public async Task SuccessOnOneScheme_DoesNotResetTheFailuresOfAnother()
    {
        using var factory = Factory(freeFailures: 100, maxFailures: 3);
        using var wrongAdmin = factory.CreateClient();
        wrongAdmin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong-admin-key");
        using var databricks = factory.CreateDatabricksClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var guess = await wrongAdmin.GetAsync("/admin/accounts");
            statuses.Add(guess.StatusCode);
            using var ok = await databricks.GetAsync(Connectors);
            if (i < 2)
            {
                Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            }
        }

        Assert.That(statuses, Is.EqualTo(new[]
        {
            HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests,
        }));
    }

    private static PartnerApiFactory Factory(int freeFailures, int maxFailures, string baseDelay = "00:00:00.010", string maxDelay = "00:00:00.050") =>
        new(new Dictionary<string, string?>
        {
            ["Authentication:FailureThrottle:Enabled"] = "true",
            ["Authentication:FailureThrottle:FreeFailures"] = freeFailures.ToString(),
            ["Authentication:FailureThrottle:MaxFailures"] = maxFailures.ToString(),
            ["Authentication:FailureThrottle:BaseDelay"] = baseDelay,
            ["Authentication:FailureThrottle:MaxDelay"] = maxDelay,
        });
}
