using System.Text.Json.Nodes;
using Partner.Certification.Tests.Target;
using static Partner.Certification.Tests.Target.PartnerBehaviour;

namespace Partner.Certification.Tests.OpenApi;

/// <summary>
/// Our /swagger/v1/swagger.json against the specs: for each Databricks operation (at the configured paths) and each
/// Greenhouse operation, the request and response schemas' property names, types, required lists and enums as the
/// contracts in docs/contracts give them ($ref, oneOf and allOf resolved).
/// </summary>
public sealed class OpenApiConformanceTests : CertificationTest
{
    /// <summary>An expected object schema: property → type (or "enum:a,b" for a string enum), and the required names.</summary>
    private sealed record Shape(Dictionary<string, string> Properties, string[] Required, Dictionary<string, Shape>? Nested = null);

    /// <summary>Optional envelope fields only admin endpoints fill (502 upstream, 409 authorization_url); one shared envelope schema.</summary>
    private static readonly string[] AdminEnvelopeFields = ["upstream", "authorization_url"];

    private static readonly Shape ErrorEnvelope = new(new()
    {
        ["error_reason"] = "string",
        ["display_message"] = "string",
        ["debugging_message"] = "string",
    }, ["error_reason"]);

    private static readonly Shape ConnectRequest = new(new()
    {
        ["user_info"] = "object", ["hostname"] = "string", ["port"] = "integer", ["workspace_url"] = "string", ["http_path"] = "string",
        ["jdbc_url"] = "string", ["databricks_jdbc_url"] = "string", ["connection_id"] = "string", ["workspace_id"] = "integer",
        ["demo"] = "boolean", ["cloud_provider"] = "string", ["cloud_provider_region"] = "string", ["is_free_trial"] = "boolean",
        ["destination_location"] = "string", ["catalog_name"] = "string", ["database_name"] = "string", ["cluster_id"] = "string",
        ["is_sql_endpoint"] = "boolean", ["is_sql_warehouse"] = "boolean", ["data_source_connector"] = "string",
        ["service_principal_id"] = "string", ["service_principal_oauth_secret"] = "string", ["oauth_u2m_app_id"] = "string",
    }, ["user_info", "hostname", "port", "workspace_url", "workspace_id", "cloud_provider"], new()
    {
        ["user_info"] = new(new()
        {
            ["email"] = "string", ["first_name"] = "string", ["last_name"] = "string", ["databricks_user_id"] = "integer",
            ["databricks_organization_id"] = "integer", ["is_connection_established"] = "boolean", ["auth"] = "object",
        }, ["email", "first_name", "last_name", "databricks_user_id", "databricks_organization_id", "is_connection_established"], new()
        {
            ["auth"] = new(new() { ["personal_access_token"] = "string" }, []),
        }),
    });

    private static readonly Shape ConnectResponse = new(new()
    {
        ["redirect_uri"] = "string",
        ["redirect_value"] = "enum:create_trial,purchase_product,sign_in,contact_admin,not_applicable",
        ["connection_id"] = "string",
        ["user_status"] = "enum:new,existing,not_applicable",
        ["account_status"] = "enum:new,active,expired,not_applicable",
        ["configured_resources"] = "boolean",
        ["oauth_redirect_uri"] = "string",
    }, ["redirect_uri", "redirect_value", "user_status", "account_status", "configured_resources"]);

    private static readonly Shape ConnectionReference = new(new()
    {
        ["connection_id"] = "string", ["cloud_provider"] = "string", ["databricks_organization_id"] = "integer",
    }, ["connection_id", "cloud_provider", "databricks_organization_id"]);

    private static readonly Shape TestConnectionResponse = new(new() { ["test_results"] = "array" }, ["test_results"], new()
    {
        ["test_results"] = new(new() { ["test_name"] = "string", ["status"] = "enum:SUCCESS,FAILED", ["message"] = "string" },
            ["test_name", "status", "message"]),
    });

    private static readonly Shape ConnectorsResponse = new(new() { ["connectors"] = "array", ["pagination_token"] = "string" }, ["connectors"], new()
    {
        ["connectors"] = new(new() { ["identifier"] = "string", ["name"] = "string", ["type"] = "string", ["description"] = "string" },
            ["identifier", "name", "type"]),
    });

    private static readonly Shape DeleteAccountRequest = new(new()
    {
        ["domain"] = "string", ["cloud_provider"] = "string", ["databricks_organization_id"] = "integer",
    }, ["domain", "cloud_provider", "databricks_organization_id"]);

    private static readonly Shape ExpireAccountRequest = new(new()
    {
        ["email"] = "string", ["databricks_user_id"] = "integer", ["cloud_provider"] = "string", ["databricks_organization_id"] = "integer",
    }, ["email", "databricks_user_id", "cloud_provider", "databricks_organization_id"]);

    private static readonly Shape DeleteConnectionResponse = new(new()
    {
        ["resource_status"] = "enum:resources_deleted,resources_pending_deletion,deletion_acknowledged,user_unauthorized",
    }, ["resource_status"]);

    private static readonly Shape GreenhouseTest = new(new() { ["partner_test_id"] = "string", ["partner_test_name"] = "string" },
        ["partner_test_id", "partner_test_name"]);

    // The seed's body plus Greenhouse's current fields (docs/contracts/greenhouse-assessment.md "send_test"): url,
    // sent_by and candidate.preferred_name, which the service accepts without requiring them.
    private static readonly Shape SendTestRequest = new(new()
        {
            ["partner_test_id"] = "string", ["candidate"] = "object", ["url"] = "string", ["sent_by"] = "string",
        },
        ["partner_test_id", "candidate"], new()
        {
            ["candidate"] = new(new()
            {
                ["first_name"] = "string", ["last_name"] = "string", ["preferred_name"] = "string", ["resume_url"] = "string",
                ["phone_number"] = "string", ["email"] = "string", ["greenhouse_profile_url"] = "string",
            }, ["first_name", "last_name", "email", "greenhouse_profile_url"]),
        });

    private static readonly Shape SendTestResponse = new(new() { ["partner_interview_id"] = "string" }, ["partner_interview_id"]);

    private static readonly Shape TestStatusResponse = new(new()
    {
        ["partner_status"] = "string", ["partner_profile_url"] = "string", ["partner_score"] = "number", ["metadata"] = "object",
    }, ["partner_status"]);

    private static readonly Shape ResponseErrorRequest = new(new()
    {
        ["api_call"] = "string", ["errors"] = "array", ["partner_test_id"] = "string", ["partner_test_name"] = "string",
        ["partner_interview_id"] = "string", ["candidate_email"] = "string",
    }, ["api_call", "errors"]);

    private CertificationTarget _target = null!;
    private JsonObject _document = null!;

    [OneTimeSetUp]
    public async Task ReadDocument()
    {
        _target = CertificationTarget.StartDefault();
        using var client = _target.CreateClient();
        using var response = await client.GetAsync("/swagger/v1/swagger.json");
        var answer = await HttpAnswer.ReadAsync(response);
        Assert.That(answer.Status, Is.EqualTo(200), "the OpenAPI document is served at /swagger/v1/swagger.json");
        _document = answer.Json;
    }

    [OneTimeTearDown]
    public void Stop() => _target.Dispose();

    private static IEnumerable<TestCaseData> Operations()
    {
        yield return Case(ConnectPath, "post", ConnectRequest, ConnectResponse);
        yield return Case(ConnectorsPath, "get", null, ConnectorsResponse);
        yield return Case(TestConnectionPath, "post", ConnectionReference, TestConnectionResponse);
        yield return Case(DeleteAccountPath, "delete", DeleteAccountRequest, null);
        yield return Case(ExpireAccountPath, "put", ExpireAccountRequest, null);
        yield return Case(DeleteConnectionPath, "post", ConnectionReference, DeleteConnectionResponse);
        yield return Case(DeleteConnectionPath, "delete", ConnectionReference, DeleteConnectionResponse);
        yield return Case("/partners/greenhouse/list_tests", "get", null, GreenhouseTest, responseIsArray: true);
        yield return Case("/partners/greenhouse/send_test", "post", SendTestRequest, SendTestResponse);
        yield return Case("/partners/greenhouse/test_status", "get", null, TestStatusResponse);
        yield return Case("/partners/greenhouse/response_error", "post", ResponseErrorRequest, null);

        static TestCaseData Case(string endpoint, string method, Shape? request, Shape? response, bool responseIsArray = false) =>
            new TestCaseData(endpoint, method, request, response, responseIsArray).SetArgDisplayNames(method, endpoint);
    }

    [TestCaseSource(nameof(Operations))]
    public void OPENAPI_Operation_MatchesTheSpecsShapes(string endpoint, string method, object? request, object? response, bool responseIsArray)
    {
        var path = endpoint.StartsWith('/') ? endpoint : _target.Behaviour.Path(endpoint);
        if (path is null)
        {
            Assert.Ignore($"The PartnerConfig has no endpoints.{endpoint}.");
        }

        var operation = _document["paths"]?[path]?[method] as JsonObject;
        Assert.That(operation, Is.Not.Null, $"the document describes {method.ToUpperInvariant()} {path}");
        var problems = new List<string>();
        if (request is Shape requestShape)
        {
            Compare($"{path} request", Resolve(operation!["requestBody"]?["content"]?["application/json"]?["schema"]), requestShape, problems);
        }

        var ok = Resolve(operation!["responses"]?["200"]?["content"]?["application/json"]?["schema"]);
        if (response is Shape responseShape)
        {
            if (responseIsArray)
            {
                Expect(problems, $"{path} 200", TypeOf(ok), "array");
                ok = Resolve(ok?["items"]);
            }

            Compare($"{path} 200", ok, responseShape, problems);
        }

        foreach (var (status, schema) in (operation["responses"] as JsonObject ?? []).Where(r => r.Key is "400" or "401" or "404" or "500"))
        {
            Compare($"{path} {status}", Resolve(schema?["content"]?["application/json"]?["schema"]), ErrorEnvelope, problems);
        }

        Assert.That(problems, Is.Empty, string.Join(Environment.NewLine, problems));
    }

    private void Compare(string where, JsonObject? schema, Shape shape, List<string> problems)
    {
        if (schema is null)
        {
            problems.Add($"{where}: no JSON schema");
            return;
        }

        var properties = schema["properties"] as JsonObject ?? [];
        var required = (schema["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        var expectedRequired = shape.Required.Order(StringComparer.Ordinal).ToList();
        if (!required.SequenceEqual(expectedRequired))
        {
            problems.Add($"{where}: required [{string.Join(", ", required)}], the spec: [{string.Join(", ", expectedRequired)}]");
        }

        foreach (var extra in properties.Select(p => p.Key).Except(shape.Properties.Keys).Where(k => !(AdminEnvelopeFields.Contains(k) && shape == ErrorEnvelope)))
        {
            problems.Add($"{where}: property {extra} is not in the spec");
        }

        foreach (var (name, expected) in shape.Properties)
        {
            var property = Resolve(properties[name]);
            if (property is null)
            {
                problems.Add($"{where}: property {name} is missing");
                continue;
            }

            if (expected.StartsWith("enum:", StringComparison.Ordinal))
            {
                var values = (property["enum"] as JsonArray ?? []).Select(v => v!.ToString()).Order(StringComparer.Ordinal);
                var expectedValues = expected[5..].Split(',').Order(StringComparer.Ordinal);
                Expect(problems, $"{where}.{name}", TypeOf(property), "string");
                if (!values.SequenceEqual(expectedValues))
                {
                    problems.Add($"{where}.{name}: enum [{string.Join(", ", values)}], the spec: [{string.Join(", ", expectedValues)}]");
                }

                continue;
            }

            Expect(problems, $"{where}.{name}", TypeOf(property), expected);
            if (shape.Nested?.TryGetValue(name, out var nested) == true)
            {
                Compare($"{where}.{name}", expected == "array" ? Resolve(property["items"]) : property, nested, problems);
            }
        }
    }

    private static void Expect(List<string> problems, string where, string? actual, string expected)
    {
        if (actual != expected)
        {
            problems.Add($"{where}: type {actual ?? "none"}, the spec: {expected}");
        }
    }

    private static string? TypeOf(JsonObject? schema) => schema?["type"] switch
    {
        JsonValue v => v.GetValue<string>(),
        JsonArray a => a.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
        _ => schema?["properties"] is not null ? "object" : null,
    };

    /// <summary>Follows $ref, and a single-schema oneOf/allOf wrapper, merging the wrapper's own keywords.</summary>
    private JsonObject? Resolve(JsonNode? node)
    {
        for (var depth = 0; node is JsonObject schema && depth < 16; depth++)
        {
            if (schema["$ref"] is JsonValue reference)
            {
                node = reference.GetValue<string>().TrimStart('#', '/').Split('/').Aggregate((JsonNode?)_document, (n, part) => n?[part]);
                continue;
            }

            var wrapped = (schema["oneOf"] ?? schema["allOf"]) as JsonArray;
            if (wrapped is { Count: > 0 })
            {
                var inner = wrapped.Select(Resolve).Where(s => s is not null).ToList();
                var merged = new JsonObject();
                foreach (var part in inner.Append(schema))
                {
                    foreach (var (key, value) in part!)
                    {
                        if (key is not ("oneOf" or "allOf"))
                        {
                            merged[key] = value?.DeepClone();
                        }
                    }
                }

                return merged;
            }

            return schema;
        }

        return null;
    }
}
