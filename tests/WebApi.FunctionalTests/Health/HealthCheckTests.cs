using System.Net;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Health;

/// <summary>GET /health: the database check, without credentials.</summary>
public sealed class HealthCheckTests
{
    [Test]
    public async Task Health_DatabaseReachable_Returns200Healthy()
    {
        using var factory = new PartnerApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
        });
    }
}
