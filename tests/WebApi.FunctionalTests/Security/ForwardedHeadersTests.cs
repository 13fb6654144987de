using System.Diagnostics;
using System.Net;

namespace Partner.WebApi.FunctionalTests.Security;

/// <summary>Behind a trusted proxy, the per-client defences see each client's own address (X-Forwarded-For).</summary>
public sealed class ForwardedHeadersTests
{
    [Test]
    public async Task FailureThrottle_BehindTrustedProxy_CountsEachForwardedClientSeparately()
    {
        using var factory = new PartnerApiFactory(new Dictionary<string, string?>
        {
            ["ForwardedHeaders:Enabled"] = "true",
            ["Authentication:FailureThrottle:Enabled"] = "true",
            ["Authentication:FailureThrottle:FreeFailures"] = "1",
            ["Authentication:FailureThrottle:BaseDelay"] = "00:00:01.500",
            ["Authentication:FailureThrottle:MaxDelay"] = "00:00:01.500",
        });

        var first = await TimeWrongPasswordAsync(factory, "203.0.113.5");
        var secondFromSameClient = await TimeWrongPasswordAsync(factory, "203.0.113.5");
        var firstFromOtherClient = await TimeWrongPasswordAsync(factory, "203.0.113.6");

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.LessThan(TimeSpan.FromMilliseconds(1400)));
            Assert.That(secondFromSameClient, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(1400)), "the same client is slowed down");
            Assert.That(firstFromOtherClient, Is.LessThan(TimeSpan.FromMilliseconds(1400)), "another client behind the proxy is not");
        });
    }

    private static async Task<TimeSpan> TimeWrongPasswordAsync(PartnerApiFactory factory, string clientAddress)
    {
        using var client = factory.CreateDatabricksClient(PartnerApiFactory.Username, "wrong-password");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        var watch = Stopwatch.StartNew();
        var response = await client.GetAsync("/partners/databricks/v1/connectors");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        return watch.Elapsed;
    }
}
