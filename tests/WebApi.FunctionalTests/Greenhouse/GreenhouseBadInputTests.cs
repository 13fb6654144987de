using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

namespace Partner.WebApi.FunctionalTests.Greenhouse;

/// <summary>Malformed JSON, wrong types, missing required fields and oversized strings: 4xx with the envelope, nothing stored.</summary>
public sealed class GreenhouseBadInputTests
{
    private const string Profile = "https://www.greenhouse.io/people/1";
    private static readonly string Long = new('x', 5000);

    private PartnerApiFactory _factory = null!;
    private Tenant _tenant = null!;
    private string _interviewId = null!;

    [OneTimeSetUp]
    public async Task StartApp()
    {
        _factory = new PartnerApiFactory(GreenhouseApp.Settings(new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" }));
        _tenant = await _factory.CreateTenantAsync(("12345", "My First Test"));
        using var greenhouse = _factory.CreateGreenhouseClient(_tenant.ApiKey);
        _interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("12345"));
    }

    [OneTimeTearDown]
    public void StopApp() => _factory.Dispose();

    private static string Candidate(string firstName = "\"Kate\"", string email = "\"kate@example.com\"", string profile = $"\"{Profile}\"", string extra = "",
        string lastName = "\"Austen\"") =>
        $$"""{"first_name": {{firstName}}, "last_name": {{lastName}}, "email": {{email}}, "greenhouse_profile_url": {{profile}}{{extra}}}""";

    public static IEnumerable<TestCaseData> SendTestCases()
    {
        yield return new TestCaseData("{\"partner_test_id\": \"12345\", \"candidate\": ").SetName("SendTest_MalformedJson");
        yield return new TestCaseData("[]").SetName("SendTest_ArrayInsteadOfObject");
        yield return new TestCaseData($"{{\"partner_test_id\": 12345, \"candidate\": {Candidate()}}}").SetName("SendTest_NumberForPartnerTestId");
        yield return new TestCaseData($"{{\"partner_test_id\": \"12345\", \"candidate\": {Candidate(firstName: "true")}}}").SetName("SendTest_BooleanFirstName");
        yield return new TestCaseData("{\"partner_test_id\": \"12345\", \"candidate\": \"Kate\"}").SetName("SendTest_StringCandidate");
        yield return new TestCaseData($"{{\"candidate\": {Candidate()}}}").SetName("SendTest_MissingPartnerTestId");
        yield return new TestCaseData("{\"partner_test_id\": \"12345\"}").SetName("SendTest_MissingCandidate");
        yield return new TestCaseData("{\"partner_test_id\": \"12345\", \"candidate\": {\"first_name\": \"Kate\", \"last_name\": \"Austen\", \"greenhouse_profile_url\": \"https://x.example\"}}").SetName("SendTest_MissingEmail");
        yield return new TestCaseData("{\"partner_test_id\": \"12345\", \"candidate\": {\"first_name\": \"Kate\", \"last_name\": \"Austen\", \"email\": \"k@example.com\"}}").SetName("SendTest_MissingGreenhouseProfileUrl");
        yield return new TestCaseData($"{{\"partner_test_id\": \"12345\", \"candidate\": {Candidate(firstName: "null")}}}").SetName("SendTest_NullFirstName");
        yield return new TestCaseData($"{{\"partner_test_id\": \"12345\", \"candidate\": {Candidate(email: "\"not-an-email\"")}}}").SetName("SendTest_InvalidEmail");
        yield return new TestCaseData($"{{\"partner_test_id\": \"12345\", \"candidate\": {Candidate(firstName: $"\"{Long}\"")}}}").SetName("SendTest_OversizedFirstName");
        yield return new TestCaseData($"{{\"partner_test_id\": \"{Long}\", \"candidate\": {Candidate()}}}").SetName("SendTest_OversizedPartnerTestId");
        yield return new TestCaseData($"{{\"partner_test_id\": \"12345\", \"candidate\": {Candidate(profile: "\"not a url\"")}}}").SetName("SendTest_ProfileUrlNotAUrl");
        yield return new TestCaseData($"{{\"partner_test_id\": \"12345\", \"candidate\": {Candidate(extra: $", \"phone_number\": \"{Long}\"")}}}").SetName("SendTest_OversizedPhone");
        yield return new TestCaseData($"{{\"partner_test_id\": \"12345\", \"url\": \"ftp://x\", \"candidate\": {Candidate()}}}").SetName("SendTest_CallbackUrlNotHttp");
        yield return new TestCaseData($"{{\"partner_test_id\": \"12345\", \"candidate\": {Candidate(extra: ", \"resume_url\": 5")}}}").SetName("SendTest_NumberResumeUrl");
        yield return new TestCaseData($"{{\"partner_test_id\": \"12345\", \"candidate\": {Candidate(firstName: "\"Kate\\r\\nBcc: all@example.com\"")}}}").SetName("SendTest_LineBreakInFirstName");
        yield return new TestCaseData($"{{\"partner_test_id\": \"12345\", \"candidate\": {Candidate(lastName: "\"Austen\\u001b[2J\"")}}}").SetName("SendTest_EscapeInLastName");
    }

    [TestCaseSource(nameof(SendTestCases))]
    public async Task SendTest_BadInput_Returns400AndStoresNothing(string body) =>
        await AssertRefusedAsync(Greenhouse(), HttpMethod.Post, GreenhouseApi.SendTestPath, body);

    // Addresses the mailer cannot send to as given: a display name, a comment, a double dot, an open quote, a space in
    // the domain, angle brackets, an unclosed literal, no domain, an address literal.
    [TestCase("Evil <x@y.example>")]
    [TestCase("(x)@example.com")]
    [TestCase("a..b@example.com")]
    [TestCase("\"a@example.com")]
    [TestCase("a@b c.com")]
    [TestCase("<a@example.com>")]
    [TestCase("a@[1.2.3.4")]
    [TestCase("a@")]
    [TestCase("a@[127.0.0.1]")]
    [TestCase("a@example.com, b@example.com")]
    public async Task SendTest_EmailTheMailerCannotSendTo_Returns400NamingTheFieldAndStoresNothing(string email)
    {
        var body = GreenhouseApi.SendTest("12345", email);

        var message = await AssertRefusedAsync(Greenhouse(), HttpMethod.Post, GreenhouseApi.SendTestPath, body.ToJsonString());

        Assert.That(message, Does.Contain("candidate.email"));
    }

    [TestCase("kate@example.com")]
    [TestCase("first.last+tag@sub.example.co.uk")]
    [TestCase("o'brien@example.org")]
    public async Task SendTest_BareAddress_IsAccepted(string email)
    {
        using var greenhouse = Greenhouse();
        var body = GreenhouseApi.SendTest("12345", email);
        using var response = await greenhouse.PostAsync(GreenhouseApi.SendTestPath,
            new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    public static IEnumerable<TestCaseData> ResponseErrorCases()
    {
        yield return new TestCaseData("{\"api_call\": ").SetName("ResponseError_MalformedJson");
        yield return new TestCaseData("{\"errors\": [\"x\"]}").SetName("ResponseError_MissingApiCall");
        yield return new TestCaseData("{\"api_call\": \"list_tests\"}").SetName("ResponseError_MissingErrors");
        yield return new TestCaseData("{\"api_call\": \"list_tests\", \"errors\": \"x\"}").SetName("ResponseError_StringErrors");
        yield return new TestCaseData("{\"api_call\": \"list_tests\", \"errors\": [1, 2]}").SetName("ResponseError_NumberErrors");
        yield return new TestCaseData("{\"api_call\": 7, \"errors\": [\"x\"]}").SetName("ResponseError_NumberApiCall");
        yield return new TestCaseData($"{{\"api_call\": \"{Long}\", \"errors\": [\"x\"]}}").SetName("ResponseError_OversizedApiCall");
        yield return new TestCaseData($"{{\"api_call\": \"list_tests\", \"errors\": [\"{Long}\"]}}").SetName("ResponseError_OversizedError");
        yield return new TestCaseData($"{{\"api_call\": \"list_tests\", \"errors\": [\"x\"], \"candidate_email\": \"{Long}\"}}").SetName("ResponseError_OversizedEmail");
    }

    [TestCaseSource(nameof(ResponseErrorCases))]
    public async Task ResponseError_BadInput_Returns400AndStoresNothing(string body) =>
        await AssertRefusedAsync(Greenhouse(), HttpMethod.Post, GreenhouseApi.ResponseErrorPath, body);

    [TestCase("/partners/greenhouse/test_status")]
    [TestCase("/partners/greenhouse/test_status?partner_interview_id=")]
    public async Task TestStatus_MissingPartnerInterviewId_Returns400(string path) =>
        await AssertRefusedAsync(Greenhouse(), HttpMethod.Get, path, null);

    [Test]
    public async Task TestStatus_OversizedPartnerInterviewId_Returns400() =>
        await AssertRefusedAsync(Greenhouse(), HttpMethod.Get, $"/partners/greenhouse/test_status?partner_interview_id={new string('a', 500)}", null);

    [Test]
    public async Task ListTests_PostInsteadOfGet_Returns405Envelope() =>
        await AssertRefusedAsync(Greenhouse(), HttpMethod.Post, GreenhouseApi.ListTestsPath, "{}", HttpStatusCode.MethodNotAllowed);

    [Test]
    public async Task SendTest_NotJsonContentType_Returns415Envelope() =>
        await AssertRefusedAsync(Greenhouse(), HttpMethod.Post, GreenhouseApi.SendTestPath, "partner_test_id=12345",
            HttpStatusCode.UnsupportedMediaType, "application/x-www-form-urlencoded");

    public static IEnumerable<TestCaseData> AdminCases()
    {
        yield return new TestCaseData("/admin/organizations", "{\"name\": ").SetName("Admin_CreateOrganization_MalformedJson");
        yield return new TestCaseData("/admin/organizations", "{}").SetName("Admin_CreateOrganization_MissingName");
        yield return new TestCaseData("/admin/organizations", "{\"name\": 5}").SetName("Admin_CreateOrganization_NumberName");
        yield return new TestCaseData("/admin/organizations", "{\"name\": \"   \"}").SetName("Admin_CreateOrganization_BlankName");
        yield return new TestCaseData("/admin/organizations", $"{{\"name\": \"{Long}\"}}").SetName("Admin_CreateOrganization_OversizedName");
        yield return new TestCaseData("/admin/organizations/{org}/tests", "{}").SetName("Admin_CreateTest_MissingName");
        yield return new TestCaseData("/admin/organizations/{org}/tests", "{\"partner_test_name\": [1]}").SetName("Admin_CreateTest_ArrayName");
        yield return new TestCaseData("/admin/organizations/{org}/tests", $"{{\"partner_test_name\": \"{Long}\"}}").SetName("Admin_CreateTest_OversizedName");
        yield return new TestCaseData("/admin/organizations/{org}/tests", $"{{\"partner_test_id\": \"{Long}\", \"partner_test_name\": \"x\"}}").SetName("Admin_CreateTest_OversizedId");
        yield return new TestCaseData("/admin/test-instances/{interview}/status", "{\"partner_status\": ").SetName("Admin_Status_MalformedJson");
        yield return new TestCaseData("/admin/test-instances/{interview}/status", "{}").SetName("Admin_Status_MissingStatus");
        yield return new TestCaseData("/admin/test-instances/{interview}/status", "{\"partner_status\": \"finished\"}").SetName("Admin_Status_UnknownStatus");
        yield return new TestCaseData("/admin/test-instances/{interview}/status", "{\"partner_status\": \"sent\"}").SetName("Admin_Status_BackToSent");
        yield return new TestCaseData("/admin/test-instances/{interview}/status", "{\"partner_status\": \"complete\"}").SetName("Admin_Status_CompleteWithoutProfileUrl");
        yield return new TestCaseData("/admin/test-instances/{interview}/status", "{\"partner_status\": \"started\", \"partner_score\": \"high\"}").SetName("Admin_Status_StringScore");
        yield return new TestCaseData("/admin/test-instances/{interview}/status", "{\"partner_status\": \"started\", \"metadata\": {\"a\": {\"b\": 1}}}").SetName("Admin_Status_NestedMetadata");
        yield return new TestCaseData("/admin/test-instances/{interview}/status", "{\"partner_status\": \"started\", \"metadata\": {\"a\": [1]}}").SetName("Admin_Status_ArrayInMetadata");
        yield return new TestCaseData("/admin/test-instances/{interview}/status", "{\"partner_status\": \"started\", \"metadata\": [1]}").SetName("Admin_Status_MetadataNotAnObject");
        yield return new TestCaseData("/admin/test-instances/{interview}/status", $"{{\"partner_status\": \"complete\", \"partner_profile_url\": \"https://x.example/{Long}\"}}").SetName("Admin_Status_OversizedProfileUrl");
    }

    [TestCaseSource(nameof(AdminCases))]
    public async Task Admin_BadInput_Returns400AndStoresNothing(string path, string body)
    {
        var instanceBefore = await _factory.WithDbAsync(db => db.TestInstances.AsNoTracking().SingleAsync(i => i.PartnerInterviewId == _interviewId));

        await AssertRefusedAsync(_factory.CreateAdminClient(), HttpMethod.Post,
            path.Replace("{org}", _tenant.Id.ToString()).Replace("{interview}", _interviewId), body);

        var instanceAfter = await _factory.WithDbAsync(db => db.TestInstances.AsNoTracking().SingleAsync(i => i.PartnerInterviewId == _interviewId));
        Assert.That((instanceAfter.Status, instanceAfter.UpdatedAt, instanceAfter.MetadataJson),
            Is.EqualTo((instanceBefore.Status, instanceBefore.UpdatedAt, instanceBefore.MetadataJson)));
    }

    [TestCase("pending-ish")]
    [TestCase("99")]
    public async Task Admin_OutboxUnknownState_Returns400(string state) =>
        await AssertRefusedAsync(_factory.CreateAdminClient(), HttpMethod.Get, $"/admin/outbox?state={state}", null);

    private HttpClient Greenhouse() => _factory.CreateGreenhouseClient(_tenant.ApiKey);

    private async Task<(int, int, int, int, int, int)> CountsAsync() => await _factory.WithDbAsync(async db => (
        await db.Organizations.CountAsync(), await db.OrganizationApiKeys.CountAsync(), await db.AssessmentTests.CountAsync(),
        await db.TestInstances.CountAsync(), await db.ResponseErrors.CountAsync(), await db.OutboxMessages.CountAsync()));

    /// <summary>Sends the request, asserts the refusal and that nothing was stored; returns the answer's text.</summary>
    private async Task<string> AssertRefusedAsync(HttpClient client, HttpMethod method, string path, string? body,
        HttpStatusCode expected = HttpStatusCode.BadRequest, string contentType = "application/json")
    {
        using var _ = client;
        var before = await CountsAsync();
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        var response = await client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(expected), text);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That((await response.ReadJsonAsync())["error_reason"]!.GetValue<string>(), Is.EqualTo("bad_request"));
            Assert.That(await CountsAsync(), Is.EqualTo(before), "nothing may be stored");
        });
        return text;
    }
}
