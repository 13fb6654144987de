using System.Text;
using System.Text.Json.Nodes;

namespace Partner.WebApi.FunctionalTests.Errors;

/// <summary>A request body as bytes on the wire, with its Content-Type (null: none) and whether its length is announced.</summary>
public sealed record RawBody(byte[] Content, string? ContentType = "application/json", bool AnnounceLength = true)
{
    public static RawBody Json(JsonNode? node) => Text(node?.ToJsonString() ?? "null");

    public static RawBody Text(string text, string? contentType = "application/json") => new(Encoding.UTF8.GetBytes(text), contentType);

    public HttpContent ToContent()
    {
        HttpContent content = AnnounceLength
            ? new ByteArrayContent(Content)
            : new StreamContent(new UnknownLengthStream(Content));
        if (ContentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }

        return content;
    }

    /// <summary>A stream that hides its length, so the body is sent chunked.</summary>
    private sealed class UnknownLengthStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}

/// <summary>One malformed request: which endpoint, and how to spoil that endpoint's valid body.</summary>
public sealed record MalformedCase(HttpMethod Method, string Path, string Name, Func<JsonObject, RawBody> Spoil, int? ExpectedStatus = null)
{
    public override string ToString() => $"{Method} {Path}: {Name}";
}

/// <summary>
/// The malformed requests of every Databricks endpoint with a body: generic breakage (syntax, content type, size),
/// wrong JSON types in each field, nulls and omissions of required fields, and shape violations the validators catch.
/// </summary>
public static class MalformedBodies
{
    public const int OneMegabyte = 1024 * 1024;

    /// <summary>Required members (C# required or non-nullable value types) per endpoint, as JSON paths.</summary>
    private static readonly Dictionary<string, string[]> Required = new()
    {
        [DatabricksApi.ConnectPath] =
        [
            "user_info", "user_info.email", "user_info.first_name", "user_info.last_name", "user_info.databricks_user_id",
            "user_info.databricks_organization_id", "user_info.is_connection_established", "hostname", "port", "workspace_url",
            "workspace_id", "cloud_provider",
        ],
        [DatabricksApi.TestConnectionPath] = ["connection_id", "cloud_provider", "databricks_organization_id"],
        [DatabricksApi.DeleteConnectionPath] = ["connection_id", "cloud_provider", "databricks_organization_id"],
        [DatabricksApi.DeleteAccountPath] = ["domain", "cloud_provider", "databricks_organization_id"],
        [DatabricksApi.ExpireAccountPath] = ["email", "databricks_user_id", "cloud_provider", "databricks_organization_id"],
    };

    /// <summary>Optional members whose type cannot hold null (bool): null is a type error for them.</summary>
    private static readonly string[] NonNullableOptional = ["demo", "is_free_trial"];

    public static readonly (HttpMethod Method, string Path)[] BodyEndpoints =
    [
        (HttpMethod.Post, DatabricksApi.ConnectPath),
        (HttpMethod.Post, DatabricksApi.TestConnectionPath),
        (HttpMethod.Delete, DatabricksApi.DeleteAccountPath),
        (HttpMethod.Put, DatabricksApi.ExpireAccountPath),
        (HttpMethod.Delete, DatabricksApi.DeleteConnectionPath),
    ];

    /// <summary>The leaf and object paths of a body, e.g. user_info.auth.personal_access_token.</summary>
    public static IEnumerable<(string Path, JsonNode Node)> Fields(JsonObject body, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(body);
        foreach (var (name, node) in body)
        {
            var path = prefix + name;
            if (node is null)
            {
                continue;
            }

            yield return (path, node);
            if (node is JsonObject child)
            {
                foreach (var nested in Fields(child, path + "."))
                {
                    yield return nested;
                }
            }
        }
    }

    public static JsonObject With(this JsonObject body, string path, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(path);
        var copy = body.DeepClone().AsObject();
        var (parent, name) = Navigate(copy, path);
        parent[name] = value;
        return copy;
    }

    public static JsonObject Without(this JsonObject body, string path)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(path);
        var copy = body.DeepClone().AsObject();
        var (parent, name) = Navigate(copy, path);
        parent.Remove(name);
        return copy;
    }

    /// <summary>Values of another JSON type than <paramref name="node"/>'s (and, for integers, values no long holds).</summary>
    public static IEnumerable<(string Name, JsonNode Value)> WrongTypes(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node.GetValueKind())
        {
            case System.Text.Json.JsonValueKind.String:
                yield return ("number", JsonValue.Create(12345));
                yield return ("array", new JsonArray("x"));
                break;
            case System.Text.Json.JsonValueKind.Number:
                yield return ("numeric string", JsonValue.Create(node.ToJsonString()));
                yield return ("fraction", JsonValue.Create(1.5));
                yield return ("overflow", JsonNode.Parse("123456789012345678901234567890")!);
                break;
            case System.Text.Json.JsonValueKind.True:
            case System.Text.Json.JsonValueKind.False:
                yield return ("string", JsonValue.Create("true"));
                yield return ("number", JsonValue.Create(1));
                break;
            case System.Text.Json.JsonValueKind.Object:
                yield return ("string", JsonValue.Create("text"));
                yield return ("array instead of object", new JsonArray(node.DeepClone()));
                break;
            default:
                yield return ("object", new JsonObject());
                break;
        }
    }

    public static IEnumerable<MalformedCase> All(IReadOnlyDictionary<string, JsonObject> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        foreach (var (method, path) in BodyEndpoints)
        {
            foreach (var generic in Generic(method, path))
            {
                yield return generic;
            }

            foreach (var (field, node) in Fields(templates[path]))
            {
                foreach (var (kind, value) in WrongTypes(node))
                {
                    yield return new(method, path, $"{field} as {kind}", b => RawBody.Json(b.With(field, value.DeepClone())));
                }
            }

            foreach (var field in Required[path].Concat(path == DatabricksApi.ConnectPath ? NonNullableOptional : []))
            {
                yield return new(method, path, $"{field} null", b => RawBody.Json(b.With(field, null)));
            }

            foreach (var field in Required[path])
            {
                yield return new(method, path, $"{field} missing", b => RawBody.Json(b.Without(field)));
            }
        }

        foreach (var shape in ShapeViolations())
        {
            yield return shape;
        }
    }

    private static IEnumerable<MalformedCase> Generic(HttpMethod method, string path)
    {
        MalformedCase Case(string name, Func<JsonObject, RawBody> spoil, int? status = null) => new(method, path, name, spoil, status);

        yield return Case("empty body", _ => RawBody.Text(string.Empty));
        yield return Case("truncated JSON", b => RawBody.Text(b.ToJsonString()[..(b.ToJsonString().Length / 2)]));
        yield return Case("only an opening brace", _ => RawBody.Text("{"));
        yield return Case("trailing garbage", b => RawBody.Text(b.ToJsonString() + "}"));
        yield return Case("single quotes", _ => RawBody.Text("{'connection_id': 'x'}"));
        yield return Case("JSON null", _ => RawBody.Text("null"));
        yield return Case("empty object", _ => RawBody.Text("{}"));
        yield return Case("array instead of object", b => RawBody.Json(new JsonArray(b.DeepClone())));
        yield return Case("empty array", _ => RawBody.Text("[]"));
        yield return Case("string instead of object", _ => RawBody.Text("\"hello\""));
        yield return Case("number instead of object", _ => RawBody.Text("42"));
        yield return Case("invalid UTF-8", _ => new RawBody([(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}']));
        yield return Case("nesting deeper than 64", b => RawBody.Text(b.ToJsonString()[..^1] + ",\"deep\":" + new string('[', 100) + new string(']', 100) + "}"));
        yield return Case("1 MB string", b => RawBody.Json(b.With(StringField(b), new string('a', OneMegabyte))), 413);
        // In-process the body may arrive chunked (TestServer sends DELETE bodies so) and TestServer has no request
        // body size limit, so a chunked body is refused by validation instead; RequestBodyLimitTests checks the 413
        // for chunked bodies on Kestrel.
        yield return Case("1 MB string, chunked", b => RawBody.Json(b.With(StringField(b), new string('a', OneMegabyte))) with { AnnounceLength = false });
        yield return Case("text/plain", b => RawBody.Json(b) with { ContentType = "text/plain" }, 415);
        yield return Case("application/xml", _ => RawBody.Text("<connect/>", "application/xml"), 415);
        yield return Case("form-urlencoded", _ => RawBody.Text("connection_id=x", "application/x-www-form-urlencoded"), 415);
        yield return Case("no Content-Type", b => RawBody.Json(b) with { ContentType = null }, 415);
    }

    /// <summary>Well-typed bodies that break a shape rule of the validators (or name nothing that exists).</summary>
    private static IEnumerable<MalformedCase> ShapeViolations()
    {
        var longText = new string('x', 300);
        var connect = new (string Name, Func<JsonObject, JsonObject> Spoil, int? Status)[]
        {
            ("email without @", b => b.With("user_info.email", "not-an-email"), null),
            ("email empty", b => b.With("user_info.email", string.Empty), null),
            ("email with blank domain", b => b.With("user_info.email", "admin@ "), null),
            ("email with dot domain", b => b.With("user_info.email", "admin@."), null),
            ("email of 400 characters", b => b.With("user_info.email", new string('a', 380) + "@databricks-test.com"), null),
            ("first_name of 300 characters", b => b.With("user_info.first_name", longText), null),
            ("port 0", b => b.With("port", 0), null),
            ("port 65536", b => b.With("port", 65536), null),
            ("workspace_url not a URL", b => b.With("workspace_url", "not a url"), null),
            ("workspace_url ftp", b => b.With("workspace_url", "ftp://organization.cloud.databricks.com"), null),
            ("cloud_provider unknown", b => b.With("cloud_provider", "mars"), null),
            ("hostname empty", b => b.With("hostname", string.Empty), null),
            ("organization id differs from workspace_id", b => b.With("user_info.databricks_organization_id", 1), null),
            ("no auth while not established", b => b.Without("user_info.auth"), null),
            ("empty personal_access_token", b => b.With("user_info.auth", new JsonObject { ["personal_access_token"] = string.Empty }), null),
            ("established without connection_id", b => b.With("user_info.is_connection_established", true), null),
            ("established with a connection_id that is no id", b => b.With("user_info.is_connection_established", true).With("connection_id", "no-such-id"), 404),
            ("connection_id of 300 characters", b => b.With("connection_id", longText), null),
        };
        foreach (var (name, spoil, status) in connect)
        {
            yield return new(HttpMethod.Post, DatabricksApi.ConnectPath, name, b => RawBody.Json(spoil(b)), status);
        }

        foreach (var (method, path) in new[] { (HttpMethod.Post, DatabricksApi.TestConnectionPath), (HttpMethod.Delete, DatabricksApi.DeleteConnectionPath) })
        {
            yield return new(method, path, "connection_id empty", b => RawBody.Json(b.With("connection_id", string.Empty)));
            yield return new(method, path, "connection_id of 300 characters", b => RawBody.Json(b.With("connection_id", longText)));
            yield return new(method, path, "cloud_provider unknown", b => RawBody.Json(b.With("cloud_provider", "mars")));
            yield return new(method, path, "connection of another workspace", b => RawBody.Json(b.With("databricks_organization_id", 1)), 404);
            yield return new(method, path, "connection of another cloud", b => RawBody.Json(b.With("cloud_provider", "gcp")), 404);
        }

        yield return new(HttpMethod.Delete, DatabricksApi.DeleteAccountPath, "domain empty", b => RawBody.Json(b.With("domain", string.Empty)));
        yield return new(HttpMethod.Delete, DatabricksApi.DeleteAccountPath, "domain not a DNS name", b => RawBody.Json(b.With("domain", "not a domain!")));
        yield return new(HttpMethod.Delete, DatabricksApi.DeleteAccountPath, "domain of 300 characters", b => RawBody.Json(b.With("domain", longText + ".databricks-test.com")));
        yield return new(HttpMethod.Delete, DatabricksApi.DeleteAccountPath, "cloud_provider unknown", b => RawBody.Json(b.With("cloud_provider", "mars")));
        yield return new(HttpMethod.Put, DatabricksApi.ExpireAccountPath, "email without @", b => RawBody.Json(b.With("email", "nope")));
        yield return new(HttpMethod.Put, DatabricksApi.ExpireAccountPath, "email empty", b => RawBody.Json(b.With("email", string.Empty)));
        yield return new(HttpMethod.Put, DatabricksApi.ExpireAccountPath, "email with blank domain", b => RawBody.Json(b.With("email", "admin@ ")));
        yield return new(HttpMethod.Put, DatabricksApi.ExpireAccountPath, "cloud_provider unknown", b => RawBody.Json(b.With("cloud_provider", "mars")));
    }

    private static string StringField(JsonObject body) => body.ContainsKey("hostname") ? "hostname" : body.ContainsKey("domain") ? "domain" : body.ContainsKey("email") ? "email" : "connection_id";

    private static (JsonObject Parent, string Name) Navigate(JsonObject root, string path)
    {
        var parts = path.Split('.');
        var parent = root;
        foreach (var part in parts[..^1])
        {
            parent = parent[part]!.AsObject();
        }

        return (parent, parts[^1]);
    }
}
