using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Partner.WebApi.FunctionalTests.Security;

/// <summary>
/// Generated malformed and hostile requests against every endpoint (bodies, headers, paths, queries and forms, a NUL
/// character in every text we would store or look up): none may answer 5xx or a non-JSON error, and none may change the
/// database, on SQLite and on PostgreSQL (whose text cannot hold NUL).
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
public sealed class FuzzTests(Provider provider)
{
    private const int Seed = 20261123;
    private PartnerApiFactory _factory = null!;

    [OneTimeSetUp]
    public void StartApp() => _factory = new PartnerApiFactory(provider: provider);

    [OneTimeTearDown]
    public void StopApp() => _factory?.Dispose();

    [Test]
    public async Task Fuzz_OverThousandHostileRequests_NoServerErrorAndNoStateChange()
    {
        // A connection to aim sign-in, test and delete mutations at.
        var domain = DatabricksRequests.NewTestDomain();
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var (seeded, seededJson) = await _factory.CreateDatabricksClient().ConnectAsync(DatabricksRequests.Connect($"admin@{domain}", workspaceId));
        Assert.That(seeded.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var connectionId = seededJson["connection_id"]!.GetValue<string>();
        var greenhouse = await SeedGreenhouseAsync();
        var before = await CountRowsAsync();

        var cases = FuzzCases.Generate(new Random(Seed), domain, workspaceId, connectionId, greenhouse).ToList();
        Assert.That(cases, Has.Count.GreaterThanOrEqualTo(1000));

        var failures = new List<string>();
        var client = _factory.CreateClient();
        foreach (var fuzz in cases)
        {
            using var request = fuzz.ToRequest();
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (status >= 500 || status < 400 || (mediaType != "application/json" && mediaType != "text/html"))
            {
                failures.Add($"{fuzz.Name}: {status} {mediaType}");
            }
        }

        var after = await CountRowsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty, $"{failures.Count} of {cases.Count} cases misbehaved");
            Assert.That(after, Is.EqualTo(before), "no fuzz case may change the database");
        });
    }

    private Task<string> CountRowsAsync() =>
        _factory.WithDbAsync(async db => string.Join(", ",
            await db.Accounts.CountAsync(),
            await db.Users.CountAsync(),
            await db.Connections.CountAsync(),
            await db.Connections.CountAsync(c => c.DeletedAt == null),
            await db.Organizations.CountAsync(),
            await db.OrganizationApiKeys.CountAsync(k => k.RevokedAt == null),
            await db.AssessmentTests.CountAsync(),
            await db.TestInstances.CountAsync(),
            await db.TestInstances.CountAsync(i => i.Status == Partner.Domain.GreenhouseAssessment.TestStatus.Sent),
            await db.ResponseErrors.CountAsync(),
            await db.OutboxMessages.CountAsync()));

    /// <summary>An organization with a key, a test and a sent instance to aim the Greenhouse mutations at.</summary>
    private async Task<GreenhouseTarget> SeedGreenhouseAsync()
    {
        using var admin = _factory.CreateAdminClient();
        var sent = await new GreenhouseScenarios(_factory, admin).TestSentAsync(GreenhouseTarget.TestId);
        return new GreenhouseTarget(sent.Tenant.Id, PartnerApiFactory.BasicHeader(sent.Tenant.ApiKey, string.Empty), sent.InterviewId);
    }

    private sealed record GreenhouseTarget(Guid OrganizationId, AuthenticationHeaderValue Authorization, string InterviewId)
    {
        public const string TestId = "fuzz-1";
    }

    private sealed record FuzzCase(string Name, HttpMethod Method, string Path, byte[]? Body, string? ContentType,
        AuthenticationHeaderValue? Authorization, IReadOnlyList<(string Name, string Value)> Headers)
    {
        public HttpRequestMessage ToRequest()
        {
            var request = new HttpRequestMessage(Method, Path);
            if (Body is not null)
            {
                request.Content = new ByteArrayContent(Body);
                request.Content.Headers.ContentType = null;
                if (ContentType is not null)
                {
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
                }
            }

            request.Headers.Authorization = Authorization;
            foreach (var (name, value) in Headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            return request;
        }
    }

    private static class FuzzCases
    {
        private static readonly AuthenticationHeaderValue Valid = PartnerApiFactory.BasicHeader(PartnerApiFactory.Username, PartnerApiFactory.Password);

        public static IEnumerable<FuzzCase> Generate(Random random, string domain, long workspaceId, string connectionId, GreenhouseTarget greenhouse)
        {
            var admin = new AuthenticationHeaderValue("Bearer", PartnerApiFactory.AdminKey);
            var endpoints = new (HttpMethod Method, string Path, JsonObject Body, string[] Required, AuthenticationHeaderValue Auth, string? Nested, string[] NestedRequired)[]
            {
                (HttpMethod.Post, GreenhouseApi.SendTestPath, GreenhouseApi.SendTest(GreenhouseTarget.TestId), ["partner_test_id", "candidate"],
                    greenhouse.Authorization, "candidate", ["first_name", "last_name", "email", "greenhouse_profile_url"]),
                (HttpMethod.Post, GreenhouseApi.ResponseErrorPath, GreenhouseApi.ResponseError("test_status", ["partner_status is complete but partner_profile_url is missing"], GreenhouseTarget.TestId), ["api_call", "errors"],
                    greenhouse.Authorization, null, []),
                (HttpMethod.Post, GreenhouseApi.OrganizationsPath, GreenhouseApi.CreateOrganization("Fuzz Corp 2"), ["name"], admin, null, []),
                (HttpMethod.Post, GreenhouseApi.TestsOf(greenhouse.OrganizationId),
                    GreenhouseApi.CreateTest("fuzz-2", "Fuzz 2"), ["partner_test_name"], admin, null, []),
                (HttpMethod.Post, GreenhouseApi.StatusReportOf(greenhouse.InterviewId),
                    GreenhouseApi.Complete("https://partner.example.com/p/1", 81, new JsonObject { ["Notes"] = "ok" }),
                    ["partner_status", "partner_profile_url"], admin, null, []),
                (HttpMethod.Post, "/partners/databricks/v1/connect", DatabricksRequests.Connect($"fuzz@{domain}", workspaceId),
                    ["user_info", "hostname", "port", "workspace_url", "workspace_id", "cloud_provider"], Valid, "user_info", UserInfoRequired),
                (HttpMethod.Post, "/partners/databricks/v1/connect", DatabricksRequests.Connect($"admin@{domain}", workspaceId, connectionId),
                    ["user_info", "hostname", "port", "workspace_url", "workspace_id", "cloud_provider"], Valid, "user_info", UserInfoRequired),
                (HttpMethod.Post, "/partners/databricks/test-connection", Reference(connectionId, workspaceId),
                    ["connection_id", "cloud_provider", "databricks_organization_id"], Valid, null, []),
                (HttpMethod.Delete, "/partners/databricks/connection", Reference(connectionId, workspaceId),
                    ["connection_id", "cloud_provider", "databricks_organization_id"], Valid, null, []),
                (HttpMethod.Delete, "/partners/databricks/account",
                    new JsonObject { ["domain"] = domain, ["cloud_provider"] = "azure", ["databricks_organization_id"] = workspaceId },
                    ["domain", "cloud_provider", "databricks_organization_id"], Valid, null, []),
                (HttpMethod.Put, "/partners/databricks/useraccount",
                    new JsonObject { ["email"] = $"admin@{domain}", ["databricks_user_id"] = 1, ["cloud_provider"] = "azure", ["databricks_organization_id"] = workspaceId },
                    ["email", "databricks_user_id", "cloud_provider", "databricks_organization_id"], Valid, null, []),
            };

            foreach (var (method, path, body, required, auth, nested, nestedRequired) in endpoints)
            {
                foreach (var fuzz in BodyMutations(random, method, path, body, required, auth, nested, nestedRequired))
                {
                    yield return fuzz;
                }

                foreach (var fuzz in HeaderTricks(method, path, body, auth))
                {
                    yield return fuzz;
                }
            }

            foreach (var fuzz in PathAndQueryOddities(random))
            {
                yield return fuzz;
            }

            foreach (var fuzz in GreenhouseQueryOddities(greenhouse))
            {
                yield return fuzz;
            }

            foreach (var fuzz in FormOddities())
            {
                yield return fuzz;
            }
        }

        private static JsonObject Reference(string connectionId, long workspaceId) =>
            new() { ["connection_id"] = connectionId, ["cloud_provider"] = "azure", ["databricks_organization_id"] = workspaceId };

        private static readonly string[] UserInfoRequired =
            ["email", "first_name", "last_name", "databricks_user_id", "databricks_organization_id", "is_connection_established"];

        private static IEnumerable<FuzzCase> BodyMutations(Random random, HttpMethod method, string path, JsonObject body, string[] required,
            AuthenticationHeaderValue auth, string? nested, string[] nestedRequired)
        {
            FuzzCase Json(string name, HttpMethod m, string p, string json) => new(name, m, p, Encoding.UTF8.GetBytes(json), "application/json", auth, []);

            var text = body.ToJsonString();
            var label = $"{method} {path}";

            // Truncated JSON at many points, and byte-level corruption.
            for (var i = 0; i < 50; i++)
            {
                var cut = random.Next(0, text.Length - 1);
                yield return Json($"{label} truncated at {cut}", method, path, text[..cut]);
            }

            for (var i = 0; i < 25; i++)
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                var at = random.Next(0, bytes.Length);
                bytes[at] = (byte)random.Next(0, 256);
                var corrupted = Encoding.UTF8.GetString(bytes);
                // Only corruptions that break the JSON count; a lucky valid one is skipped.
                if (!IsValidJson(corrupted))
                {
                    yield return new FuzzCase($"{label} corrupted byte {at}", method, path, bytes, "application/json", auth, []);
                }
            }

            // Each required field: missing, null, and every wrong JSON type.
            JsonNode?[] wrongValues = [null, JsonValue.Create(true), JsonValue.Create(-1.5e300), new JsonArray(1, 2), new JsonObject { ["x"] = 1 },
                JsonValue.Create("not-a-number"), JsonValue.Create(""), JsonValue.Create(new string('x', 5000))];
            foreach (var field in required)
            {
                var missing = body.DeepClone().AsObject();
                missing.Remove(field);
                yield return Json($"{label} without {field}", method, path, missing.ToJsonString());
                foreach (var wrong in wrongValues)
                {
                    if (!IsInvalidFor(field, body[field], wrong))
                    {
                        continue;
                    }

                    var mutated = body.DeepClone().AsObject();
                    mutated[field] = wrong?.DeepClone();
                    yield return Json($"{label} {field}={Describe(wrong)}", method, path, mutated.ToJsonString());
                }
            }

            // Required fields of the nested object (user_info, candidate).
            if (nested is not null && body[nested] is JsonObject userInfo)
            {
                foreach (var field in nestedRequired)
                {
                    foreach (var wrong in wrongValues)
                    {
                        if (!IsInvalidFor(field, userInfo[field], wrong))
                        {
                            continue;
                        }

                        var mutated = body.DeepClone().AsObject();
                        mutated[nested]![field] = wrong?.DeepClone();
                        yield return Json($"{label} {nested}.{field}={Describe(wrong)}", method, path, mutated.ToJsonString());
                    }

                    var without = body.DeepClone().AsObject();
                    without[nested]!.AsObject().Remove(field);
                    yield return Json($"{label} without {nested}.{field}", method, path, without.ToJsonString());
                }
            }

            // A NUL character in every text field: PostgreSQL text cannot hold it, so it is refused everywhere.
            foreach (var (field, value) in body)
            {
                if (value is JsonValue text1 && text1.GetValueKind() == System.Text.Json.JsonValueKind.String)
                {
                    var mutated = body.DeepClone().AsObject();
                    mutated[field] = text1.GetValue<string>() + "\u0000x";
                    yield return Json($"{label} {field} with NUL", method, path, mutated.ToJsonString());
                }
            }

            if (nested is not null && body[nested] is JsonObject inner)
            {
                foreach (var (field, value) in inner)
                {
                    if (value is JsonValue text2 && text2.GetValueKind() == System.Text.Json.JsonValueKind.String)
                    {
                        var mutated = body.DeepClone().AsObject();
                        mutated[nested]![field] = "a\u0000" + text2.GetValue<string>();
                        yield return Json($"{label} {nested}.{field} with NUL", method, path, mutated.ToJsonString());
                    }
                }
            }

            if (body["metadata"] is JsonObject)
            {
                var mutated = body.DeepClone().AsObject();
                mutated["metadata"] = new JsonObject { ["Notes\u0000"] = "o\u0000k" };
                yield return Json($"{label} metadata with NUL", method, path, mutated.ToJsonString());
            }

            // Whole-body shapes.
            foreach (var (name, json) in new[]
            {
                ("empty", ""), ("null", "null"), ("array", "[]"), ("number", "42"), ("string", "\"connect\""),
                ("deep nesting", new string('[', 5000) + new string(']', 5000)),
                ("duplicate keys", text.Insert(1, $"\"{required[0]}\":{body[required[0]]!.ToJsonString()},")),
                ("trailing garbage", text + "}}"), ("comment", "/*x*/" + text), ("BOM and junk", "\uFEFF\u0000" + text),
                ("huge number", text.Replace("\"port\":443", "\"port\":1e400", StringComparison.Ordinal)),
            })
            {
                if (name == "huge number" && !text.Contains("\"port\":443", StringComparison.Ordinal))
                {
                    continue;
                }

                yield return Json($"{label} body {name}", method, path, json);
            }

            // Oversized body (over the 256 KiB limit).
            var oversized = body.DeepClone().AsObject();
            oversized["padding"] = new string('a', 300 * 1024);
            yield return Json($"{label} oversized", method, path, oversized.ToJsonString());
        }

        private static IEnumerable<FuzzCase> HeaderTricks(HttpMethod method, string path, JsonObject body, AuthenticationHeaderValue valid)
        {
            var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
            var label = $"{method} {path}";
            string?[] contentTypes = [null, "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/jso", "*/*"];
            foreach (var contentType in contentTypes)
            {
                yield return new FuzzCase($"{label} content-type {contentType}", method, path, bytes, contentType, valid, []);
            }

            AuthenticationHeaderValue?[] badAuth =
            [
                null,
                new("Basic", "!!!not-base64!!!"),
                new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("no-colon"))),
                new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(":"))),
                new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{PartnerApiFactory.Username}:"))),
                new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{PartnerApiFactory.Username}:{PartnerApiFactory.Password} "))),
                new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{PartnerApiFactory.Username.ToUpperInvariant()}:{PartnerApiFactory.Password}"))),
                new("Bearer", PartnerApiFactory.AdminKey),
                new("Basic", new string('A', 8000)),
                new("Digest", "username=\"x\""),
            ];
            foreach (var bad in badAuth.Where(a => a?.ToString() != valid.ToString()))
            {
                yield return new FuzzCase($"{label} auth {bad?.Scheme} {bad?.Parameter?.Length}", method, path, bytes, "application/json", bad, []);
            }

            yield return new FuzzCase($"{label} two Authorization headers", method, path, bytes, "application/json", null,
                [("Authorization", valid.ToString()), ("Authorization", "Basic eDp5")]);
            yield return new FuzzCase($"{label} header injection", method, path, bytes, "application/json", null,
                [("Authorization", "Basic\teDp5")]);
        }

        private static IEnumerable<FuzzCase> PathAndQueryOddities(Random random)
        {
            string[] paths =
            [
                "/partners/databricks/v1/connect/", "//partners/databricks/v1/connect", "/partners/databricks/v1/connect%2F..",
                "/partners/databricks/v1/../v1/unknown", "/partners/databricks/v1/connect.json", "/partners/databricks/V1/CONNECTX",
                "/partners/databricks/v1/connectors?pagination_token=" + new string('z', 2000),
                "/partners/databricks/v1/connectors?pagination_token=%00%ff%fe",
                "/partners/databricks/v1/connectors?pagination_token=CfDJ8AAAA",
                "/partners/databricks/v1/connectors?pagination_token=a&pagination_token=b",
                "/partners/databricks/%2e%2e/%2e%2e/admin/accounts", "/partners/databricks/test-connection?x=" + new string('q', 4000),
                "/admin/accounts?page=0", "/admin/accounts?page_size=100000", "/admin/accounts?page=-1", "/admin/accounts?page=abc",
                "/admin/connections?workspace_id=abc", "/admin/connections?workspace_id=99999999999999999999999",
                "/create-trial?token=x", "/sign-in?token=" + new string('A', 3000), "/purchase-product", "/contact-your-admin?token=%ZZ",
                // (A NUL in the path itself never reaches the app: Kestrel refuses the request line.)
                "/sign-in?token=a%00b", "/admin/accounts?domain=a%00b.com", "/admin/outbox?partner_interview_id=a%00b",
            ];
            foreach (var path in paths)
            {
                var auth = path.StartsWith("/admin", StringComparison.Ordinal)
                    ? new AuthenticationHeaderValue("Bearer", PartnerApiFactory.AdminKey)
                    : Valid;
                foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post, HttpMethod.Delete, HttpMethod.Put, HttpMethod.Patch })
                {
                    if (method == HttpMethod.Get && path.StartsWith("/admin", StringComparison.Ordinal) && !path.Contains("page=0", StringComparison.Ordinal)
                        && !path.Contains("page=-1", StringComparison.Ordinal) && !path.Contains("page_size=100000", StringComparison.Ordinal)
                        && !path.Contains("abc", StringComparison.Ordinal) && !path.Contains("999999", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    if (method == HttpMethod.Get && path.StartsWith("/partners/databricks/v1/connectors?pagination_token=a&", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    yield return new FuzzCase($"{method} {path[..Math.Min(80, path.Length)]}", method, path,
                        method == HttpMethod.Get ? null : Encoding.UTF8.GetBytes("{}"), "application/json", auth, []);
                }
            }

            for (var i = 0; i < 60; i++)
            {
                var segment = new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(33, 127)).ToArray());
                yield return new FuzzCase($"random path {i}", HttpMethod.Post, "/partners/databricks/" + Uri.EscapeDataString(segment),
                    Encoding.UTF8.GetBytes("{}"), "application/json", Valid, []);
            }
        }

        private static IEnumerable<FuzzCase> GreenhouseQueryOddities(GreenhouseTarget greenhouse)
        {
            var admin = new AuthenticationHeaderValue("Bearer", PartnerApiFactory.AdminKey);
            string[] statusQueries =
            [
                "", "?partner_interview_id=", "?partner_interview_id=" + new string('9', 3000), "?partner_interview_id=%00",
                "?partner_interview_id=../../admin", "?partner_interview_id=" + greenhouse.InterviewId.ToUpperInvariant() + "x",
                "?PARTNER_INTERVIEW_ID=x", "?partner_interview_id='%20OR%201=1--",
            ];
            foreach (var query in statusQueries)
            {
                yield return new FuzzCase($"test_status {query[..Math.Min(40, query.Length)]}", HttpMethod.Get,
                    "/partners/greenhouse/test_status" + query, null, null, greenhouse.Authorization, []);
            }

            foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
            {
                yield return new FuzzCase($"{method} list_tests", method, GreenhouseApi.ListTestsPath, Encoding.UTF8.GetBytes("{}"), "application/json", greenhouse.Authorization, []);
                yield return new FuzzCase($"{method} test_status", method, "/partners/greenhouse/test_status?partner_interview_id=" + greenhouse.InterviewId,
                    Encoding.UTF8.GetBytes("{}"), "application/json", greenhouse.Authorization, []);
            }

            foreach (var auth in new AuthenticationHeaderValue?[] { null, new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("gh_wrong:"))),
                         new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(":" ))), admin, Valid })
            {
                yield return new FuzzCase($"list_tests auth {auth?.Scheme}", HttpMethod.Get, GreenhouseApi.ListTestsPath, null, null, auth, []);
            }

            string[] adminPaths =
            [
                "/admin/outbox?state=bogus", "/admin/outbox?state=", "/admin/organizations/not-a-guid/tests",
                $"/admin/organizations/{Guid.NewGuid()}/tests", $"/admin/organizations/{Guid.NewGuid()}/api-keys/{Guid.NewGuid()}",
                $"/admin/outbox/{Guid.NewGuid()}/replay", "/admin/test-instances/%20/status", "/admin/self-test-partner/x",
            ];
            foreach (var path in adminPaths)
            {
                foreach (var method in new[] { HttpMethod.Post, HttpMethod.Delete, HttpMethod.Put })
                {
                    yield return new FuzzCase($"{method} {path}", method, path, Encoding.UTF8.GetBytes("{}"), "application/json", admin, []);
                }
            }
        }

        /// <summary>The HTML forms (landing sign-up, Test connection, a candidate's answers): NUL, too many fields, huge values.</summary>
        private static IEnumerable<FuzzCase> FormOddities()
        {
            const string form = "application/x-www-form-urlencoded";
            var manyFields = string.Join('&', Enumerable.Range(0, 1100).Select(i => $"f{i}=x"));
            foreach (var path in new[] { "/create-trial", "/landing/test-connection", "/assessments/some-token/start", "/assessments/some-token/questions" })
            {
                yield return new FuzzCase($"form {path} NUL", HttpMethod.Post, path, Encoding.UTF8.GetBytes("token=a%00b&first_name=A%00da&last_name=L&accept_terms=true"),
                    form, null, []);
                yield return new FuzzCase($"form {path} 1100 fields", HttpMethod.Post, path, Encoding.UTF8.GetBytes(manyFields), form, null, []);
                yield return new FuzzCase($"form {path} 200 kB value", HttpMethod.Post, path, Encoding.UTF8.GetBytes("token=" + new string('t', 200_000)), form, null, []);
            }
        }

        private static bool IsValidJson(string text)
        {
            try
            {
                JsonNode.Parse(text);
                return true;
            }
            catch (System.Text.Json.JsonException)
            {
                return false;
            }
        }

        /// <summary>Whether a replacement value is certainly invalid for a field (so the request must be refused).</summary>
        private static bool IsInvalidFor(string field, JsonNode? original, JsonNode? replacement)
        {
            var originalKind = original?.GetValueKind();
            var replacementKind = replacement?.GetValueKind();
            if (replacement is null)
            {
                return true;
            }

            if (originalKind != replacementKind)
            {
                return !(originalKind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False
                    && replacementKind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False);
            }

            // Same kind: only values that break a format rule count (empty or huge strings in constrained fields, fractions).
            return replacementKind switch
            {
                System.Text.Json.JsonValueKind.String => field is "email" or "workspace_url" or "cloud_provider" or "connection_id" or "domain"
                    || replacement.GetValue<string>().Length > 4096,
                System.Text.Json.JsonValueKind.Number => true,
                _ => false,
            };
        }

        private static string Describe(JsonNode? value) => value switch
        {
            null => "null",
            JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => $"string({v.GetValue<string>().Length})",
            _ => value.GetValueKind().ToString(),
        };
    }
}
