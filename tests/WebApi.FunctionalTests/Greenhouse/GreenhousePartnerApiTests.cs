using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partner.Domain.GreenhouseAssessment.Outbox;
using Partner.Domain.GreenhouseAssessment;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

namespace Partner.WebApi.FunctionalTests.Greenhouse;

/// <summary>The four Greenhouse endpoints over HTTP, field by field against the contract's tables, and tenant isolation.</summary>
public sealed class GreenhousePartnerApiTests
{
    private PartnerApiFactory _factory = null!;
    private Tenant _customer1 = null!;
    private Tenant _customer2 = null!;

    [OneTimeSetUp]
    public async Task StartApp()
    {
        _factory = new PartnerApiFactory(GreenhouseApp.Settings(new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" }));
        _customer1 = await _factory.CreateTenantAsync(("12345", "My First Test"), ("54321", "My Second Test"));
        _customer2 = await _factory.CreateTenantAsync(("777", "Other Customer's Test"));
    }

    [OneTimeTearDown]
    public void StopApp() => _factory.Dispose();

    [Test]
    public async Task ListTests_SeedExample_ReturnsTheOrganizationsTestsWithExactlyTheSeedsKeys()
    {
        using var greenhouse = _factory.CreateGreenhouseClient(_customer1.ApiKey);

        var response = await greenhouse.GetAsync(GreenhouseApi.ListTestsPath);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var tests = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.That(tests.Select(t => t!.AsObject().Select(p => p.Key).Order().ToArray()),
            Has.All.EqualTo(new[] { "partner_test_id", "partner_test_name" }));
        Assert.That(tests.Select(t => (t!["partner_test_id"]!.GetValue<string>(), t["partner_test_name"]!.GetValue<string>())),
            Is.EqualTo(new[] { ("12345", "My First Test"), ("54321", "My Second Test") }));
    }

    [Test]
    public async Task ListTests_TwoOrganizations_NeverSeeEachOthersTests()
    {
        using var other = _factory.CreateGreenhouseClient(_customer2.ApiKey);

        var tests = JsonNode.Parse(await other.GetStringAsync(GreenhouseApi.ListTestsPath))!.AsArray();

        Assert.That(tests.Select(t => t!["partner_test_id"]!.GetValue<string>()), Is.EqualTo(new[] { "777" }));
    }

    [TestCase("not-a-key", "")]
    [TestCase("", "")]
    public async Task AnyEndpoint_WrongKey_Returns401Envelope(string user, string password)
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = PartnerApiFactory.BasicHeader(user, password);

        foreach (var request in new[]
                 {
                     new HttpRequestMessage(HttpMethod.Get, GreenhouseApi.ListTestsPath),
                     new HttpRequestMessage(HttpMethod.Post, GreenhouseApi.SendTestPath) { Content = JsonContent.Create(GreenhouseApi.SendTest("12345")) },
                     new HttpRequestMessage(HttpMethod.Get, "/partners/greenhouse/test_status?partner_interview_id=x"),
                     new HttpRequestMessage(HttpMethod.Post, GreenhouseApi.ResponseErrorPath) { Content = JsonContent.Create(new { api_call = "list_tests", errors = new[] { "x" } }) },
                 })
        {
            var response = await client.SendAsync(request);
            var json = await response.ReadJsonAsync();
            Assert.Multiple(() =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), request.RequestUri!.ToString());
                Assert.That(json["error_reason"]!.GetValue<string>(), Is.EqualTo("unauthorized"));
                Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Basic"));
            });
        }
    }

    [Test]
    public async Task ListTests_NoAuthorizationHeader_Returns401Envelope()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(GreenhouseApi.ListTestsPath);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await response.ReadJsonAsync())["error_reason"]!.GetValue<string>(), Is.EqualTo("unauthorized"));
    }

    [Test]
    public async Task SendTest_SeedExample_Returns200WithOnlyAnOpaquePartnerInterviewIdAndStoresInstanceAndEmailInOneGo()
    {
        using var greenhouse = _factory.CreateGreenhouseClient(_customer1.ApiKey);
        var body = GreenhouseApi.SendTest("12345", url: "https://app.greenhouse.io/complete/1");
        body["some_future_field"] = new JsonObject { ["ignored"] = true };

        var response = await greenhouse.PostAsJsonAsync(GreenhouseApi.SendTestPath, body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var json = await response.ReadJsonAsync();
        Assert.That(json.Select(p => p.Key), Is.EqualTo(new[] { "partner_interview_id" }));
        var interviewId = json["partner_interview_id"]!.GetValue<string>();
        Assert.That(interviewId, Does.Match("^[0-9a-f]{32}$"));

        var instance = await _factory.WithDbAsync(db => db.TestInstances.SingleAsync(i => i.PartnerInterviewId == interviewId));
        var test = await _factory.WithDbAsync(db => db.AssessmentTests.SingleAsync(t => t.Id == instance.AssessmentTestId));
        Assert.Multiple(() =>
        {
            Assert.That(instance.OrganizationId, Is.EqualTo(_customer1.Id));
            Assert.That(test.PartnerTestId, Is.EqualTo("12345"));
            Assert.That(instance.FirstName, Is.EqualTo("Kate"));
            Assert.That(instance.LastName, Is.EqualTo("Austen"));
            Assert.That(instance.Email, Is.EqualTo("kate_austen@example.com"));
            Assert.That(instance.PhoneNumber, Is.EqualTo("123-456-7890"));
            Assert.That(instance.ResumeUrl, Is.Null);
            Assert.That(instance.GreenhouseProfileUrl, Is.EqualTo("https://www.greenhouse.io/people/5345178?application_id=5699620"));
            Assert.That(instance.CallbackUrl, Is.EqualTo("https://app.greenhouse.io/complete/1"));
            Assert.That(instance.Status, Is.EqualTo(TestStatus.Sent));
            Assert.That(instance.CandidateToken, Is.Null, "the link's token is not kept in plain text");
            Assert.That(instance.CandidateTokenHash, Has.Length.EqualTo(64), "only its SHA-256");
            Assert.That(instance.ProtectedCandidateToken, Is.Not.Null, "and its ciphertext, for the e-mail");
        });
        var outbox = await _factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Payload.Contains(instance.Id.ToString())).ToListAsync());
        Assert.That(outbox.OrderBy(m => m.NextAttemptAt).Select(m => (m.Type, m.State)),
            Is.EqualTo(new[] { (OutboxMessageType.CandidateEmail, OutboxState.Pending), (OutboxMessageType.InvitationReminder, OutboxState.Pending) }));
        var reminder = outbox.Single(m => m.Type == OutboxMessageType.InvitationReminder);
        Assert.Multiple(() =>
        {
            Assert.That(instance.InvitationExpiresAt, Is.EqualTo(instance.SentAt.AddDays(14)), "the default invitation lifetime");
            Assert.That(reminder.NextAttemptAt, Is.EqualTo(instance.SentAt.AddDays(12)), "the reminder 2 days before the expiry");
            Assert.That(instance.ReminderMessageId, Is.EqualTo(reminder.Id));
        });
    }

    [Test]
    public async Task SendTest_TwoSends_GetDifferentPartnerInterviewIds()
    {
        using var greenhouse = _factory.CreateGreenhouseClient(_customer1.ApiKey);

        var first = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("12345"));
        var second = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("12345"));

        Assert.That(first, Is.Not.EqualTo(second));
    }

    [Test]
    public async Task SendTest_UnknownTestAndOtherOrganizationsTest_GetTheSame404AndStoreNothing()
    {
        using var greenhouse = _factory.CreateGreenhouseClient(_customer1.ApiKey);
        var before = await _factory.WithDbAsync(db => db.TestInstances.CountAsync());

        var unknown = await greenhouse.PostAsJsonAsync(GreenhouseApi.SendTestPath, GreenhouseApi.SendTest("does-not-exist"));
        var others = await greenhouse.PostAsJsonAsync(GreenhouseApi.SendTestPath, GreenhouseApi.SendTest("777"));

        Assert.Multiple(async () =>
        {
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(others.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await others.Content.ReadAsStringAsync(), Is.EqualTo(await unknown.Content.ReadAsStringAsync()));
            Assert.That((await unknown.ReadJsonAsync())["error_reason"]!.GetValue<string>(), Is.EqualTo("not_found"));
            Assert.That(await _factory.WithDbAsync(db => db.TestInstances.CountAsync()), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task TestStatus_JustSent_ReturnsSentWithExplicitNulls()
    {
        using var greenhouse = _factory.CreateGreenhouseClient(_customer1.ApiKey);
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("54321"));

        var response = await greenhouse.GetAsync(GreenhouseApi.TestStatusOf(interviewId));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var json = await response.ReadJsonAsync();
        Assert.That(json.Select(p => p.Key).Order(),
            Is.EqualTo(new[] { "metadata", "partner_profile_url", "partner_score", "partner_status" }));
        Assert.Multiple(() =>
        {
            Assert.That(json["partner_status"]!.GetValue<string>(), Is.EqualTo("sent"));
            Assert.That(json["partner_profile_url"], Is.Null);
            Assert.That(json["partner_score"], Is.Null);
            Assert.That(json["metadata"], Is.Null);
        });
    }

    [Test]
    public async Task TestStatus_Complete_ReturnsSeedExampleFields()
    {
        using var greenhouse = _factory.CreateGreenhouseClient(_customer1.ApiKey);
        using var admin = _factory.CreateAdminClient();
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("12345"));
        await admin.CompleteAsync(interviewId, GreenhouseApi.CompleteAsInTheExample());

        var json = await greenhouse.TestStatusAsync(interviewId);

        Assert.Multiple(() =>
        {
            Assert.That(json["partner_status"]!.GetValue<string>(), Is.EqualTo("complete"));
            Assert.That(json["partner_profile_url"]!.GetValue<string>(), Is.EqualTo("http://example.com/tests/12345"));
            Assert.That(json["partner_score"]!.GetValue<double>(), Is.EqualTo(81));
            Assert.That(json["metadata"]!["Started At"]!.GetValue<string>(), Is.EqualTo("10:15 AM 26 March 2014"));
            Assert.That(json["metadata"]!["Notes"]!.GetValue<string>(), Is.EqualTo("This candidate did extremely well!"));
            Assert.That(json["metadata"]!["Passed"]!.GetValue<bool>(), Is.True);
            Assert.That(json["metadata"]!["Sections"]!.GetValue<int>(), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task TestStatus_UnknownAndOtherOrganizationsInterview_GetTheSame404()
    {
        using var owner = _factory.CreateGreenhouseClient(_customer2.ApiKey);
        using var intruder = _factory.CreateGreenhouseClient(_customer1.ApiKey);
        var interviewId = await owner.SendTestAsync(GreenhouseApi.SendTest("777"));

        var others = await intruder.GetAsync(GreenhouseApi.TestStatusOf(interviewId));
        var unknown = await intruder.GetAsync("/partners/greenhouse/test_status?partner_interview_id=0123456789abcdef0123456789abcdef");

        Assert.Multiple(async () =>
        {
            Assert.That(others.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await others.Content.ReadAsStringAsync(), Is.EqualTo(await unknown.Content.ReadAsStringAsync()));
            Assert.That((await owner.GetAsync(GreenhouseApi.TestStatusOf(interviewId))).StatusCode,
                Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task ResponseError_SeedExample_Returns200StoresItAndOperatorsSeeIt()
    {
        using var greenhouse = _factory.CreateGreenhouseClient(_customer2.ApiKey);
        var body = GreenhouseApi.ResponseError("test_status", ["partner_status is 'complete' but partner_profile url is missing"], "12345", "My First Test",
            "98765", GreenhouseApi.CandidateEmail);
        body["unknown_extra"] = 1;

        var response = await greenhouse.PostAsJsonAsync(GreenhouseApi.ResponseErrorPath, body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var admin = _factory.CreateAdminClient();
        var list = await (await admin.GetAsync($"/admin/response-errors?organization_id={_customer2.Id}")).ReadJsonAsync();
        var item = list["items"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(item["organization_id"]!.GetValue<string>(), Is.EqualTo(_customer2.Id.ToString()));
            Assert.That(item["api_call"]!.GetValue<string>(), Is.EqualTo("test_status"));
            Assert.That(item["errors"]!.AsArray().Select(e => e!.GetValue<string>()),
                Is.EqualTo(new[] { "partner_status is 'complete' but partner_profile url is missing" }));
            Assert.That(item["partner_test_id"]!.GetValue<string>(), Is.EqualTo("12345"));
            Assert.That(item["partner_test_name"]!.GetValue<string>(), Is.EqualTo("My First Test"));
            Assert.That(item["partner_interview_id"]!.GetValue<string>(), Is.EqualTo("98765"));
            Assert.That(item["candidate_email"]!.GetValue<string>(), Is.EqualTo("kate_austen@example.com"));
        });
    }

    [Test]
    public async Task ResponseError_OnlyRequiredFields_Returns200WithNullOptionals()
    {
        using var greenhouse = _factory.CreateGreenhouseClient(_customer1.ApiKey);

        var response = await greenhouse.PostAsJsonAsync(GreenhouseApi.ResponseErrorPath,
            new JsonObject { ["api_call"] = "list_tests", ["errors"] = new JsonArray("missing key partner_test_name") });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var stored = await _factory.WithDbAsync(db => db.ResponseErrors.SingleAsync(e => e.OrganizationId == _customer1.Id && e.ApiCall == "list_tests"));
        Assert.Multiple(() =>
        {
            Assert.That(stored.PartnerTestId, Is.Null);
            Assert.That(stored.PartnerInterviewId, Is.Null);
            Assert.That(stored.CandidateEmail, Is.Null);
        });
    }
}
