using System.Net;

namespace Partner.WebApi.FunctionalTests.Connectors;

/// <summary>P900 with the shipped page size: one page, no pagination_token.</summary>
public sealed class ListConnectorsDefaultPageTests
{
    [Test]
    public async Task DefaultPageSize_AllConnectorsInOnePageWithoutToken()
    {
        using var factory = new PartnerApiFactory();
        using var client = factory.CreateDatabricksClient();

        var (response, json) = await client.GetConnectorsAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        Assert.Multiple(() =>
        {
            Assert.That(json["connectors"]!.AsArray(), Has.Count.EqualTo(5));
            Assert.That(json.ContainsKey("pagination_token"), Is.False, "absent on the last page");
        });
    }
}
