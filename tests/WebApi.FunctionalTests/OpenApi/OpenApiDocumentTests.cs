using System.Net;
using System.Text.Json.Nodes;

namespace Partner.WebApi.FunctionalTests.OpenApi;

/// <summary>The NSwag OpenAPI document and UI describe the wire format (snake_case, the error envelope).</summary>
public sealed class OpenApiDocumentTests
{
    private static readonly string[] ConnectProperties =
    [
        "user_info", "hostname", "port", "workspace_url", "workspace_id", "cloud_provider", "is_free_trial", "connection_id",
        "service_principal_oauth_secret",
    ];

    private static readonly string[] UserInfoProperties =
        ["email", "first_name", "last_name", "databricks_user_id", "databricks_organization_id", "is_connection_established", "auth"];

    private static readonly string[] EnvelopeProperties = ["error_reason", "display_message", "debugging_message"];

    private readonly PartnerApiFactory _factory = PartnerApiFactory.Shared;
    private JsonObject _document = null!;

    [OneTimeSetUp]
    public async Task ReadDocument()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync("/swagger/v1/swagger.json");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        });
        _document = await response.ReadJsonAsync();
    }

    private JsonObject Paths => _document["paths"]!.AsObject();

    [TestCase(DatabricksApi.ConnectPath, "post")]
    [TestCase(DatabricksApi.ConnectorsPath, "get")]
    [TestCase(DatabricksApi.TestConnectionPath, "post")]
    [TestCase(DatabricksApi.DeleteAccountPath, "delete")]
    [TestCase(DatabricksApi.ExpireAccountPath, "put")]
    [TestCase(DatabricksApi.DeleteConnectionPath, "delete")]
    [TestCase("/admin/accounts", "get")]
    [TestCase("/admin/connections", "get")]
    public void Document_HasPathAndOperation(string path, string method)
    {
        Assert.That(Paths.ContainsKey(path), Is.True, string.Join(", ", Paths.Select(p => p.Key)));
        Assert.That(Paths[path]!.AsObject().ContainsKey(method), Is.True, Paths[path]!.ToJsonString());
    }

    [Test]
    public void ConnectRequestSchema_HasSnakeCaseProperties()
    {
        var request = SchemaOf(Paths[DatabricksApi.ConnectPath]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!);
        var properties = request["properties"]!.AsObject();
        var userInfo = SchemaOf(properties["user_info"]!);
        var userInfoProperties = userInfo["properties"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(properties.Select(p => p.Key), Is.SupersetOf(ConnectProperties));
            Assert.That(properties.Select(p => p.Key), Has.None.Matches<string>(k => k.Any(char.IsUpper)), "no PascalCase names");
            Assert.That(userInfoProperties, Is.SupersetOf(UserInfoProperties));
        });
    }

    [Test]
    public void ErrorEnvelopeSchema_HasErrorReason()
    {
        var unauthorized = Paths[DatabricksApi.ConnectPath]!["post"]!["responses"]!["401"]!["content"]!.AsObject().First().Value!["schema"]!;
        var envelope = SchemaOf(unauthorized);
        var properties = envelope["properties"]!.AsObject();

        Assert.Multiple(() =>
        {
            Assert.That(properties.Select(p => p.Key), Is.SupersetOf(EnvelopeProperties));
            Assert.That(envelope["required"]?.AsArray().Select(r => r!.GetValue<string>()), Does.Contain("error_reason"));
        });
    }

    [Test]
    public void DatabricksOperations_RequireBasicAndAdminOperations_RequireBearer()
    {
        var connectSecurity = Paths[DatabricksApi.ConnectPath]!["post"]!["security"]!.ToJsonString();
        var adminSecurity = Paths["/admin/accounts"]!["get"]!["security"]!.ToJsonString();

        Assert.Multiple(() =>
        {
            Assert.That(connectSecurity, Does.Contain("\"Basic\""));
            Assert.That(adminSecurity, Does.Contain("\"Bearer\""));
        });
    }

    [Test]
    public void MetricsEndpoint_IsDescribed_BehindTheAdminKey()
    {
        var scrape = Paths["/metrics"]!["get"]!;

        Assert.Multiple(() =>
        {
            Assert.That(scrape["security"]!.ToJsonString(), Does.Contain("\"Bearer\""));
            Assert.That(scrape["responses"]!["200"]!["content"]!.AsObject().Select(c => c.Key), Is.EqualTo(new[] { "text/plain" }));
            Assert.That(scrape["responses"]!.AsObject().Select(r => r.Key), Does.Contain("401"));
        });
    }

    [Test]
    public void AnswersForm_DescribesItsFields_AsChoiceIndexes()
    {
        var body = Paths["/assessments/{token}/questions"]!["post"]!["requestBody"]!;
        var form = body["content"]!["application/x-www-form-urlencoded"]!;

        Assert.Multiple(() =>
        {
            Assert.That(body["required"]!.GetValue<bool>(), Is.True);
            Assert.That(form["schema"]!["additionalProperties"]!["type"]!.GetValue<string>(), Is.EqualTo("integer"));
            Assert.That(form["example"]!["q0"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(0));
        });
    }

    [Test]
    public async Task SwaggerUi_Answers200OrRedirect()
    {
        using var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/swagger");

        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.OK, HttpStatusCode.MovedPermanently, HttpStatusCode.Found));
        using var index = await client.GetAsync("/swagger/index.html");
        Assert.Multiple(async () =>
        {
            Assert.That(index.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await index.Content.ReadAsStringAsync(), Does.Contain("swagger").IgnoreCase);
        });
    }

    [Test]
    public async Task OpenApiDisabled_NeitherTheDocumentNorTheUi_TheApiStillAnswers()
    {
        await using var factory = new PartnerApiFactory(new Dictionary<string, string?> { ["OpenApi:Enabled"] = "false" });
        using var client = factory.CreateClient();

        using var document = await client.GetAsync("/swagger/v1/swagger.json");
        using var ui = await client.GetAsync("/swagger/index.html");
        using var live = await client.GetAsync("/health/live");

        Assert.That((document.StatusCode, ui.StatusCode, live.StatusCode), Is.EqualTo((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.OK)));
    }

    /// <summary>The schema a node points at: follows $ref (also inside allOf/oneOf wrappers NSwag emits).</summary>
    private JsonObject SchemaOf(JsonNode node)
    {
        var schema = node.AsObject();
        if (schema["$ref"] is { } reference)
        {
            var path = reference.GetValue<string>().TrimStart('#', '/').Split('/');
            JsonNode target = _document;
            foreach (var part in path)
            {
                target = target[part]!;
            }

            return SchemaOf(target);
        }

        foreach (var wrapper in new[] { "allOf", "oneOf", "anyOf" })
        {
            if (schema[wrapper] is JsonArray { Count: > 0 } options)
            {
                return SchemaOf(options.First(o => o!["$ref"] is not null || o["properties"] is not null)!);
            }
        }

        return schema;
    }
}
