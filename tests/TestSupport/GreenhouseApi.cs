using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Partner.TestSupport;

/// <summary>
/// The contract's Greenhouse endpoints (docs/contracts/greenhouse-assessment.md) and the admin endpoints that set them up
/// and report progress: their paths, the request bodies every suite sends, and the calls that must succeed. The one
/// place each body is built, in-process or against a remote deployment (flows: <see cref="GreenhouseScenarios"/>).
/// </summary>
public static class GreenhouseApi
{
    public const string ListTestsPath = "/partners/greenhouse/list_tests";
    public const string SendTestPath = "/partners/greenhouse/send_test";
    public const string TestStatusPath = "/partners/greenhouse/test_status";
    public const string ResponseErrorPath = "/partners/greenhouse/response_error";
    public const string OrganizationsPath = "/admin/organizations";

    /// <summary>The candidate of the contract's send_test example.</summary>
    public const string CandidateEmail = "kate_austen@example.com";

    /// <summary>The profile URL of <see cref="Complete"/>'s default report.</summary>
    public const string ProfileUrl = "https://p.example.com/r/1";

    /// <summary>test_status of one instance (the id as Greenhouse sends it back).</summary>
    public static string TestStatusOf(string interviewId) => $"{TestStatusPath}?partner_interview_id={Uri.EscapeDataString(interviewId)}";

    public static string TestsOf(Guid organizationId) => $"{OrganizationsPath}/{organizationId}/tests";

    public static string ApiKeysOf(Guid organizationId) => $"{OrganizationsPath}/{organizationId}/api-keys";

    /// <summary>The admin endpoint the assessment product reports a test instance's progress to.</summary>
    public static string StatusReportOf(string interviewId) => $"/admin/test-instances/{Uri.EscapeDataString(interviewId)}/status";

    public static JsonObject CreateOrganization(string? name = null) => new() { ["name"] = name ?? $"Customer {Guid.NewGuid():N}" };

    /// <summary>A test Greenhouse can send (the service generates the id when <paramref name="partnerTestId"/> is null); absent settings are left out.</summary>
    public static JsonObject CreateTest(string? partnerTestId, string partnerTestName, int? invitationLifetimeDays = null, int? reminderDaysBeforeExpiry = null)
    {
        var body = new JsonObject();
        if (partnerTestId is not null)
        {
            body["partner_test_id"] = partnerTestId;
        }

        body["partner_test_name"] = partnerTestName;
        if (invitationLifetimeDays is not null)
        {
            body["invitation_lifetime_days"] = invitationLifetimeDays;
        }

        if (reminderDaysBeforeExpiry is not null)
        {
            body["reminder_days_before_expiry"] = reminderDaysBeforeExpiry;
        }

        return body;
    }

    /// <summary>A test the service runs itself: three questions (answers 1, 0, 2), a time limit and a pass mark.</summary>
    public static JsonObject CreateQuiz(string partnerTestId, int? timeLimitMinutes = 10, int? passMark = 60) => new()
    {
        ["partner_test_id"] = partnerTestId,
        ["partner_test_name"] = "SQL basics",
        ["time_limit_minutes"] = timeLimitMinutes,
        ["pass_mark_percent"] = passMark,
        ["questions"] = new JsonArray(
            new JsonObject { ["prompt"] = "Which clause filters rows?", ["choices"] = new JsonArray("ORDER BY", "WHERE", "GROUP BY"), ["correct_choice"] = 1 },
            new JsonObject { ["prompt"] = "Which keyword removes duplicates?", ["choices"] = new JsonArray("DISTINCT", "UNIQUE"), ["correct_choice"] = 0 },
            new JsonObject { ["prompt"] = "Which join keeps every left row?", ["choices"] = new JsonArray("INNER", "CROSS", "LEFT"), ["correct_choice"] = 2 }),
    };

    /// <summary>The contract's send_test example for a test and e-mail; with <paramref name="url"/>, the completion callback's URL.</summary>
    public static JsonObject SendTest(string partnerTestId, string email = CandidateEmail, string? url = null)
    {
        var body = new JsonObject
        {
            ["partner_test_id"] = partnerTestId,
            ["candidate"] = new JsonObject
            {
                ["first_name"] = "Kate",
                ["last_name"] = "Austen",
                ["resume_url"] = null,
                ["phone_number"] = "123-456-7890",
                ["email"] = email,
                ["greenhouse_profile_url"] = "https://www.greenhouse.io/people/5345178?application_id=5699620",
            },
        };
        if (url is not null)
        {
            body["url"] = url;
        }

        return body;
    }

    /// <summary>
    /// send_test as Greenhouse sends it today: the example plus candidate.preferred_name (since January 2025), sent_by
    /// (September 2024), an international phone number and a signed resume_url.
    /// </summary>
    public static JsonObject SendTestWithTodaysFields(string partnerTestId, string email)
    {
        var body = SendTest(partnerTestId, email);
        var candidate = body["candidate"]!.AsObject();
        candidate["preferred_name"] = "Katie";
        candidate["phone_number"] = "+1 (555) 010-2030 ext. 12";
        candidate["resume_url"] = "https://greenhouse-resumes.s3.amazonaws.com/kate.pdf?X-Amz-Expires=604800";
        body["sent_by"] = "recruiter@acme.example";
        return body;
    }

    /// <summary>The admin progress report (<see cref="StatusReportOf"/>); absent values are left out of the body.</summary>
    public static JsonObject ReportStatus(string status, string? profileUrl = null, double? score = null, JsonObject? metadata = null)
    {
        var body = new JsonObject { ["partner_status"] = status };
        if (profileUrl is not null)
        {
            body["partner_profile_url"] = profileUrl;
        }

        if (score is not null)
        {
            body["partner_score"] = score;
        }

        if (metadata is not null)
        {
            body["metadata"] = metadata;
        }

        return body;
    }

    /// <summary>A completion report: the assessment product's results page and score.</summary>
    public static JsonObject Complete(string profileUrl = ProfileUrl, double? score = 70, JsonObject? metadata = null) =>
        ReportStatus("complete", profileUrl, score, metadata);

    /// <summary>The completion of the contract's test_status example: its profile URL, score and flat metadata.</summary>
    public static JsonObject CompleteAsInTheExample() => Complete("http://example.com/tests/12345", 81, new JsonObject
    {
        ["Started At"] = "10:15 AM 26 March 2014",
        ["Completed At"] = "10:15 AM 26 March 2014",
        ["Notes"] = "This candidate did extremely well!",
        ["Passed"] = true,
        ["Sections"] = 3,
    });

    /// <summary>A response_error body: Greenhouse's report of an answer of ours that failed its checks.</summary>
    public static JsonObject ResponseError(string apiCall, IEnumerable<string> errors, string? partnerTestId = null, string? partnerTestName = null,
        string? partnerInterviewId = null, string? candidateEmail = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var body = new JsonObject { ["api_call"] = apiCall, ["errors"] = new JsonArray([.. errors.Select(e => JsonValue.Create(e))]) };
        foreach (var (key, value) in new[]
                 {
                     ("partner_test_id", partnerTestId), ("partner_test_name", partnerTestName),
                     ("partner_interview_id", partnerInterviewId), ("candidate_email", candidateEmail),
                 })
        {
            if (value is not null)
            {
                body[key] = value;
            }
        }

        return body;
    }

    /// <summary>An organization with its first key and the given tests; every call must succeed.</summary>
    public static async Task<Tenant> CreateOrganizationAsync(this HttpClient admin, params (string Id, string Name)[] tests)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(tests);
        var body = CreateOrganization();
        using var response = await admin.PostAsJsonAsync(OrganizationsPath, body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var json = await response.ReadJsonAsync();
        var tenant = new Tenant(Guid.Parse(json["id"]!.GetValue<string>()), body["name"]!.GetValue<string>(), json["api_key"]!.GetValue<string>(),
            Guid.Parse(json["api_key_id"]!.GetValue<string>()));
        foreach (var (id, name) in tests)
        {
            await admin.CreateTestAsync(tenant.Id, CreateTest(id, name));
        }

        return tenant;
    }

    /// <summary>In-process: an organization made with the factory's admin key.</summary>
    public static async Task<Tenant> CreateTenantAsync(this PartnerApiFactory factory, params (string Id, string Name)[] tests)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var admin = factory.CreateAdminClient();
        return await admin.CreateOrganizationAsync(tests);
    }

    /// <summary>A test of the organization (<see cref="CreateTest"/> or <see cref="CreateQuiz"/>) that must be created.</summary>
    public static async Task CreateTestAsync(this HttpClient admin, Guid organizationId, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(admin);
        using var response = await admin.PostAsJsonAsync(TestsOf(organizationId), body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    /// <summary>Another key of the organization (rotation) that must be issued; returns the key, shown only now.</summary>
    public static async Task<string> IssueKeyAsync(this HttpClient admin, Guid organizationId)
    {
        ArgumentNullException.ThrowIfNull(admin);
        using var response = await admin.PostAsync(ApiKeysOf(organizationId), null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["api_key"]!.GetValue<string>();
    }

    /// <summary>A send_test that must succeed; returns its partner_interview_id.</summary>
    public static async Task<string> SendTestAsync(this HttpClient greenhouse, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(greenhouse);
        using var response = await greenhouse.PostAsJsonAsync(SendTestPath, body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["partner_interview_id"]!.GetValue<string>();
    }

    /// <summary>The test_status answer of an instance, as a JSON object (an error envelope when refused).</summary>
    public static async Task<JsonObject> TestStatusAsync(this HttpClient greenhouse, string interviewId)
    {
        ArgumentNullException.ThrowIfNull(greenhouse);
        using var response = await greenhouse.GetAsync(TestStatusOf(interviewId));
        return await response.ReadJsonAsync();
    }

    /// <summary>Sends a progress report (<see cref="ReportStatus"/>, <see cref="Complete"/>) as the assessment product does.</summary>
    public static Task<HttpResponseMessage> ReportStatusAsync(this HttpClient admin, string interviewId, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(admin);
        return admin.PostAsJsonAsync(StatusReportOf(interviewId), body);
    }

    /// <summary>A completion report (default: <see cref="Complete"/>) that must be accepted.</summary>
    public static async Task CompleteAsync(this HttpClient admin, string interviewId, JsonObject? report = null)
    {
        using var response = await admin.ReportStatusAsync(interviewId, report ?? Complete());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}
