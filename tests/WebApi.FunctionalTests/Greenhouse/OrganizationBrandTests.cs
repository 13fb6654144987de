using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Greenhouse;

/// <summary>
/// Greenhouse's current send_test (preferred_name, sent_by, phone_number, resume_url) and each organization's own brand
/// and e-mail templates: set through the admin API, validated, and what candidates see in pages and e-mails, never the
/// Databricks PartnerConfig.
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
[NonParallelizable]
public sealed class OrganizationBrandTests(Provider provider) : OwnHostFixture
{
    public const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    private const string PartnerConfigBlurb = "connects your Databricks workspace";

    private readonly ShiftedTime _time = new();
    private readonly string _pickup = PickedUpMail.NewDirectory();

    protected override PartnerApiFactory CreateHost() =>
        new(GreenhouseApp.Settings(new Dictionary<string, string?>
        {
            ["Email:PickupDirectory"] = _pickup,
            ["Greenhouse:ProductName"] = "Skillcheck",
        }), provider: provider, testServices: services => services.AddSingleton<TimeProvider>(_time));

    [SetUp]
    public void ResetClock() => _time.Offset = TimeSpan.Zero;

    [OneTimeTearDown]
    public void RemovePickup()
    {
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }

    [Test]
    public async Task TodaysSendTest_InTheOrganizationsBrand_GreetsByPreferredName_FromItsSender_NeverThePartnerConfig()
    {
        var tenant = await Factory.CreateTenantAsync(("12345", "SQL basics"));
        using var admin = Factory.CreateAdminClient();
        using var branded = await admin.PutAsJsonAsync($"/admin/organizations/{tenant.Id}/brand", new JsonObject
        {
            ["display_name"] = "Acme Recruiting", ["accent_color"] = "#0F766E", ["email_sender_name"] = "Acme Talent Team",
            ["reply_to"] = "talent@acme.example", ["time_zone"] = "Europe/Berlin", ["logo_url"] = "https://cdn.acme.example/logo.png",
        });
        Assert.That(branded.StatusCode, Is.EqualTo(HttpStatusCode.OK), await branded.Content.ReadAsStringAsync());
        var email = $"kate-{Guid.NewGuid():N}@example.com";
        using var greenhouse = Factory.CreateGreenhouseClient(tenant.ApiKey);

        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTestWithTodaysFields("12345", email));

        var mail = (await PickedUpMail.WaitForAsync(_pickup, email, 1)).Single();
        var token = await Factory.CandidateTokenAsync(interviewId);
        using var browser = Factory.CreateClient();
        using var page = await browser.GetAsync($"/assessments/{token}");
        var html = await page.Content.ReadAsStringAsync();
        var read = await (await admin.GetAsync($"/admin/test-instances/{interviewId}")).ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(mail.From.Mailboxes.Single().Name, Is.EqualTo("Acme Talent Team"));
            Assert.That(mail.ReplyTo.Mailboxes.Single().Address, Is.EqualTo("talent@acme.example"));
            Assert.That(mail.Subject, Is.EqualTo("Acme Recruiting invites you to take SQL basics"));
            Assert.That(mail.TextBody, Does.StartWith("Hello Katie,").And.Contain("Sent by Skillcheck on behalf of Acme Recruiting")
                .And.Contain("Europe/Berlin (UTC+").And.Contain("(in 14 days)").And.Not.Contain(PartnerConfigBlurb));
            Assert.That(mail.HtmlBody, Does.Contain("<p>Hello Katie,</p>").And.Contain("#0f766e").And.Contain($"<a href=\"{Factory.BaseUrl.TrimEnd('/')}/assessments/{token}\""));
            Assert.That(html, Does.Contain("Hello Katie,").And.Contain("Acme Recruiting").And.Contain("Skillcheck").And.Contain("https://cdn.acme.example/logo.png")
                .And.Contain("Europe/Berlin").And.Not.Contain(PartnerConfigBlurb).And.Not.Contain("/branding/logo"));
            Assert.That(page.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("img-src 'self' https://cdn.acme.example"));
            Assert.That(read["preferred_name"]!.GetValue<string>(), Is.EqualTo("Katie"));
            Assert.That(read["sent_by"]!.GetValue<string>(), Is.EqualTo("recruiter@acme.example"));
        });
    }

    [Test]
    public async Task WithoutPreferredName_GreetsByFirstName_InTheDefaultBrand()
    {
        var tenant = await Factory.CreateTenantAsync(("12345", "SQL basics"));
        var email = $"kate-{Guid.NewGuid():N}@example.com";
        using var greenhouse = Factory.CreateGreenhouseClient(tenant.ApiKey);
        var body = GreenhouseApi.SendTest("12345", email);
        body["candidate"]!["preferred_name"] = null;

        await greenhouse.SendTestAsync(body);

        var mail = (await PickedUpMail.WaitForAsync(_pickup, email, 1)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(mail.TextBody, Does.StartWith("Hello Kate,").And.Contain(" UTC (in 14 days)"));
            Assert.That(mail.From.Mailboxes.Single().Name, Is.EqualTo(tenant.Name));
            Assert.That(mail.ReplyTo, Is.Empty);
        });
    }

    [TestCase("phone_number", "call me maybe")]
    [TestCase("phone_number", "12")]
    [TestCase("resume_url", "ftp://example.com/cv.pdf")]
    [TestCase("preferred_name", "Kate\nBcc: x@example.com")]
    [TestCase("sent_by", "not an address")]
    public async Task SendTest_BadCurrentField_Is400_AndStoresNothing(string field, string value)
    {
        var tenant = await Factory.CreateTenantAsync(("12345", "SQL basics"));
        using var greenhouse = Factory.CreateGreenhouseClient(tenant.ApiKey);
        var body = GreenhouseApi.SendTestWithTodaysFields("12345", "kate@example.com");
        if (field == "sent_by")
        {
            body[field] = value;
        }
        else
        {
            body["candidate"]![field] = value;
        }

        using var response = await greenhouse.PostAsJsonAsync(GreenhouseApi.SendTestPath, body);

        var json = await response.ReadJsonAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(json["debugging_message"]?.ToString() + json["display_message"], Does.Contain(field));
            Assert.That(await Factory.WithDbAsync(db => db.TestInstances.CountAsync(i => i.OrganizationId == tenant.Id)), Is.Zero);
        });
    }

    [TestCase("accent_color", "teal")]
    [TestCase("accent_color", "#12345")]
    [TestCase("logo_url", "http://cdn.acme.example/logo.png")]
    [TestCase("logo_url", "javascript:alert(1)")]
    [TestCase("time_zone", "Mars/Olympus_Mons")]
    [TestCase("reply_to", "Talent <talent@acme.example>")]
    [TestCase("display_name", "Acme\r\nBcc: x@example.com")]
    [TestCase("email_sender_name", "")]
    public async Task SetBrand_BadValue_Is400NamingTheField_AndChangesNothing(string field, string value)
    {
        var tenant = await Factory.CreateTenantAsync();
        using var admin = Factory.CreateAdminClient();
        (await admin.PutAsJsonAsync($"/admin/organizations/{tenant.Id}/brand", new JsonObject { ["display_name"] = "Before" })).Dispose();

        using var response = await admin.PutAsJsonAsync($"/admin/organizations/{tenant.Id}/brand", new JsonObject { ["display_name"] = "After", [field] = value });

        var brand = await (await admin.GetAsync($"/admin/organizations/{tenant.Id}/brand")).ReadJsonAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await response.ReadJsonAsync()).ToJsonString(), Does.Contain(field));
            Assert.That(brand["display_name"]!.GetValue<string>(), Is.EqualTo("Before"));
        });
    }

    [Test]
    public async Task Logo_UploadedPng_IsServedWithItsTypeAndCached_AnotherKindOrSizeIsRefused()
    {
        var tenant = await Factory.CreateTenantAsync(("12345", "SQL basics"));
        using var admin = Factory.CreateAdminClient();

        using var uploaded = await admin.PutAsync($"/admin/organizations/{tenant.Id}/logo", Image(Convert.FromBase64String(OnePixelPng), "image/png"));
        var brand = await uploaded.ReadJsonAsync();
        var path = brand["uploaded_logo_path"]!.GetValue<string>();
        using var served = await Factory.CreateClient().GetAsync(path);
        var gif = await admin.PutAsync($"/admin/organizations/{tenant.Id}/logo", Image(Encoding.ASCII.GetBytes("GIF89a\u0001\u0000"), "image/png"));
        var svg = await admin.PutAsync($"/admin/organizations/{tenant.Id}/logo", new StringContent("<svg onload=\"x\"/>", Encoding.UTF8, "image/svg+xml"));
        var huge = await admin.PutAsync($"/admin/organizations/{tenant.Id}/logo",
            Image([.. Convert.FromBase64String(OnePixelPng), .. new byte[300 * 1024]], "image/png"));
        var after = await (await admin.GetAsync($"/admin/organizations/{tenant.Id}/brand")).ReadJsonAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(uploaded.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(path, Does.Match($"^/assessments/logos/{tenant.Id:N}/[0-9a-f]{{16}}$"));
            Assert.That(served.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(served.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
            Assert.That(served.Headers.CacheControl!.ToString(), Does.Contain("immutable"));
            Assert.That(await served.Content.ReadAsByteArrayAsync(), Is.EqualTo(Convert.FromBase64String(OnePixelPng)));
            Assert.That(gif.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(svg.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
            Assert.That(huge.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(after["uploaded_logo_path"]!.GetValue<string>(), Is.EqualTo(path), "refused uploads changed nothing");
            Assert.That((await Factory.CreateClient().GetAsync(path[..^1] + (path[^1] == '0' ? '1' : '0'))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });

        Assert.That((await admin.DeleteAsync($"/admin/organizations/{tenant.Id}/logo")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await Factory.CreateClient().GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("Hello {{name}}, {{link}}", "unknown placeholder {{name}}")]
    [TestCase("Hello {{candidate}}, <script>alert(1)</script> {{link}}", "not allowed")]
    [TestCase("Hello <a href=\"https://evil.example\">here</a> {{link}}", "not allowed")]
    [TestCase("Hello <strong onclick=\"x\">you</strong> {{link}}", "not allowed")]
    [TestCase("Hello <strong>you {{link}}", "leaves <strong> open")]
    [TestCase("Hello {{candidate}}, no link here", "must contain {{link}}")]
    [TestCase("Hello {{candidate {{link}}", "malformed placeholder")]
    public async Task EmailTemplate_UnsafeOrUnknown_Is400SayingWhy_AndChangesNothing(string body, string expected)
    {
        var tenant = await Factory.CreateTenantAsync();
        using var admin = Factory.CreateAdminClient();

        using var response = await admin.PutAsJsonAsync($"/admin/organizations/{tenant.Id}/email-templates/invitation",
            new JsonObject { ["subject"] = "Your {{test}}", ["body"] = body });

        var templates = await (await admin.GetAsync($"/admin/organizations/{tenant.Id}/email-templates")).ReadJsonArrayAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await response.ReadJsonAsync())["debugging_message"]!.GetValue<string>(), Does.Contain(expected));
            Assert.That(templates.Select(t => t!["is_default"]!.GetValue<bool>()), Has.All.True);
        });
    }

    [Test]
    public async Task EmailTemplate_Saved_IsUsed_ValuesEscapedInHtml_PlainTextBeside_AndResetGoesBackToTheDefault()
    {
        var tenant = await Factory.CreateTenantAsync(("12345", "SQL & <Data>"));
        using var admin = Factory.CreateAdminClient();
        using var saved = await admin.PutAsJsonAsync($"/admin/organizations/{tenant.Id}/email-templates/invitation", new JsonObject
        {
            ["subject"] = "{{organization}}: your {{test}} test",
            ["body"] = "Dear {{candidate}},\n\nPlease take <strong>{{test}}</strong> by {{deadline}}:<br>{{link}}\n\nThanks, {{organization}}",
        });
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await saved.Content.ReadAsStringAsync());
        var email = $"kate-{Guid.NewGuid():N}@example.com";
        using var greenhouse = Factory.CreateGreenhouseClient(tenant.ApiKey);
        var body = GreenhouseApi.SendTest("12345", email);
        body["candidate"]!["first_name"] = "<img src=x onerror=alert(1)>";

        await greenhouse.SendTestAsync(body);

        var mail = (await PickedUpMail.WaitForAsync(_pickup, email, 1)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(mail.Subject, Is.EqualTo($"{tenant.Name}: your SQL & <Data> test"));
            Assert.That(mail.TextBody, Does.StartWith("Dear <img src=x onerror=alert(1)>,").And.Contain("Please take SQL & <Data> by ").And.Not.Contain("<strong>"));
            Assert.That(mail.HtmlBody, Does.Contain("Dear &lt;img src=x onerror=alert(1)&gt;,").And.Contain("<strong>SQL &amp; &lt;Data&gt;</strong>")
                .And.Not.Contain("<img src=x"));
        });

        using var reset = await admin.DeleteAsync($"/admin/organizations/{tenant.Id}/email-templates/invitation");
        var json = await reset.ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(json["is_default"]!.GetValue<bool>(), Is.True);
            Assert.That(json["subject"]!.GetValue<string>(), Is.EqualTo("{{organization}} invites you to take {{test}}"));
        });
    }

    [Test]
    public async Task ResultsPage_ShowsSentBy_LinksTheResumeWhileGreenhousesLinkWorks_NotAfterSevenDays()
    {
        var tenant = await Factory.CreateTenantAsync();
        using var admin = Factory.CreateAdminClient();
        await admin.CreateTestAsync(tenant.Id, GreenhouseApi.CreateQuiz("quiz"));
        using var greenhouse = Factory.CreateGreenhouseClient(tenant.ApiKey);
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTestWithTodaysFields("quiz", $"kate-{Guid.NewGuid():N}@example.com"));
        var token = await Factory.CandidateTokenAsync(interviewId);
        using var browser = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await GreenhouseScenarios.CandidateCompletesAsync(browser, token, ("q0", "1"))).Dispose();
        var status = await greenhouse.TestStatusAsync(interviewId);
        var results = new Uri(status["partner_profile_url"]!.GetValue<string>()).PathAndQuery;

        var early = await browser.GetStringAsync(results);
        _time.Offset = TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1);
        var late = await browser.GetStringAsync(results);

        Assert.Multiple(() =>
        {
            Assert.That(early, Does.Contain("recruiter@acme.example").And.Contain("goes by Katie").And.Contain("1 (555) 010-2030 ext. 12")
                .And.Contain("href=\"https://greenhouse-resumes.s3.amazonaws.com/kate.pdf?X-Amz-Expires=604800\""));
            Assert.That(late, Does.Contain("recruiter@acme.example").And.Contain("link has expired").And.Not.Contain("greenhouse-resumes.s3.amazonaws.com"));
        });
    }

    [Test]
    public async Task ResponseErrors_SummaryPerApiCall_CountsAndLastSeen_ForOperators()
    {
        var tenant = await Factory.CreateTenantAsync();
        using var greenhouse = Factory.CreateGreenhouseClient(tenant.ApiKey);
        foreach (var call in new[] { "test_status", "test_status", "list_tests" })
        {
            using var reported = await greenhouse.PostAsJsonAsync(GreenhouseApi.ResponseErrorPath,
                GreenhouseApi.ResponseError(call, ["partner_status is 'complete' but partner_profile_url is missing"]));
            Assert.That(reported.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var admin = Factory.CreateAdminClient();
        var summary = await (await admin.GetAsync($"/admin/response-errors/summary?organization_id={tenant.Id}")).ReadJsonArrayAsync();
        var none = await (await admin.GetAsync($"/admin/response-errors/summary?organization_id={tenant.Id}&since={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"))}")).ReadJsonArrayAsync();

        Assert.Multiple(() =>
        {
            Assert.That(summary.Select(s => (s!["api_call"]!.GetValue<string>(), s["count"]!.GetValue<long>())),
                Is.EquivalentTo(new[] { ("test_status", 2L), ("list_tests", 1L) }));
            Assert.That(summary.Select(s => s!["last_seen_at"]!.GetValue<DateTimeOffset>()), Has.All.GreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5)));
            Assert.That(none, Is.Empty);
        });
    }

    private static ByteArrayContent Image(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }
}

internal static class JsonArrayAnswer
{
    public static async Task<JsonArray> ReadJsonArrayAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) as JsonArray ?? throw new System.Text.Json.JsonException($"Not a JSON array: {text}");
    }
}
