using System.Net;

namespace Partner.WebApi.FunctionalTests.ScaleOut;

/// <summary>
/// The failed-authentication limit holds across instances on one PostgreSQL database: guesses spread over two instances
/// are counted together, so the client is refused at the same total as on one.
/// </summary>
[NonParallelizable]
public sealed class SharedFailedAuthenticationTests
{
    private const string Connectors = "/partners/databricks/v1/connectors";

    [Test]
    public async Task GuessesSpreadOverTwoInstances_AreCountedTogether_TheLimitHolds()
    {
        using var first = Instance(sharedDatabase: null);
        using var second = Instance(first.Database);
        using var wrongAtFirst = first.CreateDatabricksClient(PartnerApiFactory.Username, "guess-at-first");
        using var wrongAtSecond = second.CreateDatabricksClient(PartnerApiFactory.Username, "guess-at-second");

        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { wrongAtFirst, wrongAtSecond, wrongAtFirst, wrongAtSecond })
        {
            using var response = await client.GetAsync(Connectors);
            statuses.Add(response.StatusCode);
        }

        using var nextAtFirst = await wrongAtFirst.GetAsync(Connectors);
        using var nextAtSecond = await wrongAtSecond.GetAsync(Connectors);
        using var freshInstance = Instance(first.Database);
        using var atThird = await freshInstance.CreateDatabricksClient(PartnerApiFactory.Username, "guess-at-third").GetAsync(Connectors);
        Assert.Multiple(() =>
        {
            Assert.That(statuses, Has.All.EqualTo(HttpStatusCode.Unauthorized), "four guesses, two at each instance: each instance saw two");
            Assert.That(nextAtFirst.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "the limit of four is reached together");
            Assert.That(nextAtSecond.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(atThird.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "an instance the client never reached knows the count");
            Assert.That(nextAtFirst.Headers.RetryAfter, Is.Not.Null);
        });
    }

    private static PartnerApiFactory Instance(TestDatabase? sharedDatabase) => new(new Dictionary<string, string?>
    {
        ["Authentication:FailureThrottle:Enabled"] = "true",
        ["Authentication:FailureThrottle:FreeFailures"] = "100",
        ["Authentication:FailureThrottle:MaxFailures"] = "4",
    }, provider: Provider.PostgreSql, sharedDatabase: sharedDatabase);
}
