using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Partner.WebApi.FunctionalTests.Errors;

/// <summary>
/// HttpLimits:MaxRequestBodyBytes on a real Kestrel server: bodies over the limit get 413 with the envelope, whether
/// their length is announced or they arrive chunked (the in-process TestServer enforces no body size limit).
/// </summary>
public sealed class RequestBodyLimitTests
{
    private PartnerApiFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartKestrel()
    {
        _factory = new PartnerApiFactory();
        _factory.UseKestrel(port: 0);
        _factory.StartServer();
        _client = _factory.CreateDatabricksClient();
    }

    [OneTimeTearDown]
    public void StopApp()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private static readonly bool[] LengthAnnounced = [true, false];

    private static IEnumerable<TestCaseData> OversizedBodies() =>
        from endpoint in MalformedBodies.BodyEndpoints
        from announced in LengthAnnounced
        select new TestCaseData(endpoint.Method.Method, endpoint.Path, announced)
            .SetArgDisplayNames(endpoint.Method.Method, endpoint.Path, announced ? "Content-Length" : "chunked");

    [TestCaseSource(nameof(OversizedBodies))]
    public async Task DatabricksEndpoint_OneMegabyteBody_Returns413Envelope(string method, string path, bool announceLength)
    {
        var domain = DatabricksRequests.NewTestDomain();
        var body = new JsonObject
        {
            ["hostname"] = new string('a', MalformedBodies.OneMegabyte),
            ["user_info"] = new JsonObject { ["email"] = $"admin@{domain}" },
        };
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = (RawBody.Json(body) with { AnnounceLength = announceLength }).ToContent(),
        };

        using var response = await _client.SendAsync(request);

        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        DatabricksApi.AssertEnvelope(response, json, HttpStatusCode.RequestEntityTooLarge, "bad_request");
        Assert.That(await _factory.WithDbAsync(db => db.Accounts.CountAsync(a => a.Domain == domain)), Is.Zero);
    }
}
