using System.Diagnostics;
using System.Net;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Security;

public sealed class FailedAuthenticationThrottleTests
{
    private PartnerApiFactory _factory = null!;

    [OneTimeSetUp]
    public void StartApp() => _factory = new PartnerApiFactory(new Dictionary<string, string?>
    {
        ["Authentication:FailureThrottle:Enabled"] = "true",
        ["Authentication:FailureThrottle:FreeFailures"] = "2",
        ["Authentication:FailureThrottle:BaseDelay"] = "00:00:01",
        ["Authentication:FailureThrottle:MaxDelay"] = "00:00:02",
    });

    [OneTimeTearDown]
    public void StopApp() => _factory.Dispose();

    [Test]
    public async Task Repeated401s_FromOneClient_AreSlowedDownAndStillAnswered401()
    {
        var wrong = _factory.CreateDatabricksClient(PartnerApiFactory.Username, "wrong-password");
        var timings = new List<TimeSpan>();
        for (var i = 0; i < 4; i++)
        {
            var watch = Stopwatch.StartNew();
            var response = await wrong.GetAsync("/partners/databricks/v1/connectors");
            timings.Add(watch.Elapsed);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        Assert.Multiple(() =>
        {
            Assert.That(timings[0], Is.LessThan(TimeSpan.FromMilliseconds(900)), "the first failures are free");
            Assert.That(timings[2], Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(990)), "the third failure waits the base delay");
            Assert.That(timings[3], Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(1990)), "the delay doubles, up to the maximum");
        });

        // A successful authentication from the client clears its record.
        var ok = await _factory.CreateDatabricksClient().GetAsync("/partners/databricks/v1/connectors");
        var watchAfter = Stopwatch.StartNew();
        var again = await wrong.GetAsync("/partners/databricks/v1/connectors");
        Assert.Multiple(() =>
        {
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(watchAfter.Elapsed, Is.LessThan(TimeSpan.FromMilliseconds(900)));
        });
    }
}
