using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

namespace Partner.WebApi.FunctionalTests.Greenhouse;

/// <summary>
/// Greenhouse:SendQuota: one organization sends at most Limit tests per Window (a stolen key cannot make the service a
/// mailer); over it send_test answers 429 with the envelope and stores nothing. Other organizations are not affected.
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
public sealed class SendQuotaTests(Provider provider) : OwnHostFixture
{
    protected override PartnerApiFactory CreateHost() =>
        new(GreenhouseApp.Settings(new Dictionary<string, string?> { ["Greenhouse:SendQuota:Limit"] = "2" }), provider: provider);

    [Test]
    public async Task ThirdSendOfTheWindow_Answers429_StoresNothing_AndOtherOrganizationsStillSend()
    {
        var tenant = await Factory.CreateTenantAsync(("q-1", "Quota test"));
        var other = await Factory.CreateTenantAsync(("q-1", "Quota test"));
        using var greenhouse = Factory.CreateGreenhouseClient(tenant.ApiKey);
        using var otherGreenhouse = Factory.CreateGreenhouseClient(other.ApiKey);
        await greenhouse.SendTestAsync(GreenhouseApi.SendTest("q-1", "one@example.com"));
        await greenhouse.SendTestAsync(GreenhouseApi.SendTest("q-1", "two@example.com"));

        using var third = await greenhouse.PostAsJsonAsync(GreenhouseApi.SendTestPath, GreenhouseApi.SendTest("q-1", "three@example.com"));

        var json = await third.ReadJsonAsync();
        var stored = await Factory.WithDbAsync(db => db.TestInstances.CountAsync(i => i.OrganizationId == tenant.Id));
        Assert.Multiple(() =>
        {
            Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(json["error_reason"]!.GetValue<string>(), Is.EqualTo("too_many_requests"));
            Assert.That(stored, Is.EqualTo(2));
        });
        Assert.That(await otherGreenhouse.SendTestAsync(GreenhouseApi.SendTest("q-1")), Is.Not.Empty, "another organization's quota is its own");
    }
}
