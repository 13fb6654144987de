using System.Net;
using System.Text.Json.Nodes;

namespace Partner.WebApi.FunctionalTests.Connectors;

/// <summary>
/// GET partners/databricks/v1/connectors paged two at a time (PartnerConnect:ConnectorsPageSize): the page size and the
/// shipped catalogue, and bad tokens. The answer's shape and pagination to the end are certified (P900).
/// </summary>
public sealed class ListConnectorsTests : OwnHostFixture
{
    protected override PartnerApiFactory CreateHost() => new PartnerApiFactory(new Dictionary<string, string?> { ["PartnerConnect:ConnectorsPageSize"] = "2" });

    private static readonly string[] ShippedIdentifiers = ["amazon_s3", "postgresql", "salesforce", "adobe_ads", "databricks_delta"];
    private static readonly int[] ExpectedPageSizes = [2, 2, 1];

    [Test]
    public async Task PageSizeTwo_ThreePagesWithEveryShippedConnectorOnce()
    {
        var seen = new List<JsonObject>();
        var pageSizes = new List<int>();
        string? token = null;
        do
        {
            var (response, json) = await Databricks.GetConnectorsAsync(token);

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
            var connectors = json["connectors"]!.AsArray().Select(c => c!.AsObject()).ToList();
            pageSizes.Add(connectors.Count);
            seen.AddRange(connectors);
            token = json.Text("pagination_token");
            Assert.That(pageSizes, Has.Count.LessThanOrEqualTo(ShippedIdentifiers.Length), "pagination must end");
        }
        while (token is not null);

        Assert.Multiple(() =>
        {
            Assert.That(pageSizes, Is.EqualTo(ExpectedPageSizes));
            Assert.That(seen.Select(c => c.Text("identifier")), Is.EquivalentTo(ShippedIdentifiers), "each connector exactly once");
        });
    }

    [TestCase("bogus")]
    [TestCase("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [TestCase("101")]
    public async Task BogusPaginationToken_Returns400BadRequest(string token)
    {
        var (response, json) = await Databricks.GetConnectorsAsync(token);

        DatabricksApi.AssertEnvelope(response, json, HttpStatusCode.BadRequest, "bad_request");
    }

    [Test]
    public async Task TamperedPaginationToken_Returns400BadRequest()
    {
        var (_, first) = await Databricks.GetConnectorsAsync();
        var token = first.Text("pagination_token")!;
        var tampered = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];

        var (response, json) = await Databricks.GetConnectorsAsync(tampered);

        DatabricksApi.AssertEnvelope(response, json, HttpStatusCode.BadRequest, "bad_request");
    }
}
