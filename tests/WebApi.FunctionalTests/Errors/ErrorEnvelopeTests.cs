using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Partner.WebApi.FunctionalTests.Errors;

/// <summary>Statuses the framework chooses (unknown route, wrong method) still answer with the JSON error envelope.</summary>
public sealed class ErrorEnvelopeTests
{
    private readonly PartnerApiFactory _factory = PartnerApiFactory.Shared;

    [TestCase("/partners/databricks/v2/connect", "POST")]
    [TestCase("/partners/unknown", "GET")]
    [TestCase("/partners/databricks/connectors", "GET")]
    [TestCase("/partners/databricks/v1/connect/extra", "POST")]
    [TestCase("/partners/", "DELETE")]
    public async Task UnknownRouteUnderPartners_Returns404Envelope(string path, string method)
    {
        using var client = _factory.CreateDatabricksClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = RawBody.Text("{}").ToContent() };

        using var response = await client.SendAsync(request);

        var json = await ReadEnvelopeAsync(response);
        DatabricksApi.AssertEnvelope(response, json, HttpStatusCode.NotFound, "not_found");
    }

    [Test]
    public async Task UnknownRouteWithoutCredentials_Returns404Envelope()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync("/partners/databricks/nothing-here");

        DatabricksApi.AssertEnvelope(response, await ReadEnvelopeAsync(response), HttpStatusCode.NotFound, "not_found");
    }

    [TestCase("GET", DatabricksApi.ConnectPath)]
    [TestCase("PUT", DatabricksApi.ConnectPath)]
    [TestCase("DELETE", DatabricksApi.ConnectPath)]
    [TestCase("POST", DatabricksApi.ConnectorsPath)]
    [TestCase("DELETE", DatabricksApi.ConnectorsPath)]
    [TestCase("GET", DatabricksApi.TestConnectionPath)]
    [TestCase("GET", DatabricksApi.DeleteAccountPath)]
    [TestCase("POST", DatabricksApi.DeleteAccountPath)]
    [TestCase("GET", DatabricksApi.ExpireAccountPath)]
    [TestCase("POST", DatabricksApi.ExpireAccountPath)]
    [TestCase("GET", DatabricksApi.DeleteConnectionPath)]
    [TestCase("PUT", DatabricksApi.DeleteConnectionPath)]
    [TestCase("PATCH", DatabricksApi.DeleteConnectionPath)]
    [TestCase("POST", "/admin/accounts")]
    public async Task WrongMethod_Returns405Envelope(string method, string path)
    {
        using var client = _factory.CreateDatabricksClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is not "GET")
        {
            request.Content = RawBody.Text("{}").ToContent();
        }

        using var response = await client.SendAsync(request);

        var json = await ReadEnvelopeAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed), json.ToJsonString());
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(json["error_reason"]?.GetValueKind(), Is.EqualTo(JsonValueKind.String));
        });
    }

    private static async Task<JsonObject> ReadEnvelopeAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(text, Is.Not.Empty, $"{(int)response.StatusCode} without a body");
        return JsonNode.Parse(text)!.AsObject();
    }
}
