using System.Net;

namespace Partner.WebApi.FunctionalTests.Security;

public sealed class RateLimitingTests
{
    private PartnerApiFactory _factory = null!;

    [OneTimeSetUp]
    public void StartApp() => _factory = new PartnerApiFactory(new Dictionary<string, string?>
    {
        ["RateLimiting:Enabled"] = "true",
        ["RateLimiting:PermitLimit"] = "3",
        ["RateLimiting:Window"] = "00:01:00",
    });

    [OneTimeTearDown]
    public void StopApp() => _factory.Dispose();

    [Test]
    public async Task PartnerEndpoints_OverPermitLimitPerCredential_Answer429EnvelopeWithRetryAfter()
    {
        var client = _factory.CreateDatabricksClient();
        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.GetAsync("/partners/databricks/v1/connectors");
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"request {i + 1} is within the limit");
        }

        var rejected = await client.GetAsync("/partners/databricks/v1/connectors");
        var json = await rejected.ReadJsonAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rejected.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(rejected.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(json["error_reason"]!.GetValue<string>(), Is.EqualTo("too_many_requests"));
            Assert.That(rejected.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        });

        // Another credential has its own window; the health endpoint is not limited.
        var other = await _factory.CreateDatabricksClient(PartnerApiFactory.RotatedUsername, PartnerApiFactory.RotatedPassword)
            .GetAsync("/partners/databricks/v1/connectors");
        var health = await _factory.CreateClient().GetAsync("/health");
        Assert.Multiple(() =>
        {
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }
}
