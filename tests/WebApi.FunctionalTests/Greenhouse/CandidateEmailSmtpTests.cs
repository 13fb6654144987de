using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Partner.Domain.GreenhouseAssessment.Outbox;
using Partner.Domain.GreenhouseAssessment;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

namespace Partner.WebApi.FunctionalTests.Greenhouse;

/// <summary>A real SMTP conversation: send_test → outbox → MailKit → the in-process sink; then the candidate follows the link.</summary>
public sealed partial class CandidateEmailSmtpTests
{
    private SmtpSink _sink = null!;
    private PartnerApiFactory _factory = null!;
    private Tenant _tenant = null!;

    [OneTimeSetUp]
    public async Task StartApp()
    {
        _sink = new SmtpSink();
        _factory = new PartnerApiFactory(GreenhouseApp.Settings(new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = _sink.Port.ToString(),
            ["Email:Smtp:UseTls"] = "false",
            ["Email:Smtp:From"] = "Partner Assessments <assessments@partner.test>",
        }));
        _tenant = await _factory.CreateTenantAsync(("12345", "My First Test"));
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        _factory.Dispose();
        await _sink.DisposeAsync();
    }

    [Test]
    public async Task SendTest_DeliversOneEmailThroughSmtp_ToTheCandidate_WithAWorkingLink()
    {
        using var greenhouse = _factory.CreateGreenhouseClient(_tenant.ApiKey);
        var email = $"kate.{Guid.NewGuid():N}@example.com";

        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("12345", email));

        var mails = await GreenhouseApp.EventuallyAsync(() => Task.FromResult(_sink.Messages.Where(m => m.Recipients.Contains(email)).ToList()),
            m => m.Count > 0);
        Assert.That(mails, Has.Count.EqualTo(1));
        var message = mails[0].Message;
        Assert.Multiple(() =>
        {
            Assert.That(message.To.Mailboxes.Select(m => m.Address), Is.EqualTo(new[] { email }));
            Assert.That(message.To.Mailboxes.Single().Name, Is.EqualTo("Kate Austen"));
            Assert.That(message.From.Mailboxes.Single().Address, Is.EqualTo("assessments@partner.test"));
            Assert.That(message.Subject, Does.Contain("My First Test"));
            Assert.That(message.TextBody, Does.Contain("Kate").And.Contain("My First Test"));
            Assert.That(message.HtmlBody, Does.Contain("Kate").And.Contain("My First Test"));
        });
        var link = LinkPattern().Match(message.TextBody);
        Assert.That(link.Success, Is.True, message.TextBody);
        Assert.That(message.HtmlBody, Does.Contain(link.Value));
        Assert.That(link.Value, Does.StartWith(_factory.BaseUrl + "/assessments/"));
        Assert.That(await _factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.State == OutboxState.Delivered)), Is.GreaterThanOrEqualTo(1));

        // The candidate follows the link: the page names the test and offers a start button.
        using var browser = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var path = new Uri(link.Value).PathAndQuery;
        var page = await browser.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(html, Does.Contain("My First Test").And.Contain("Kate").And.Contain("<button"));
            Assert.That(page.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "no-referrer" }));
        });

        // Start: marks the instance started and goes on to the assessment product.
        var start = await browser.PostAsync(path + "/start", new FormUrlEncodedContent([]));
        Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(start.Headers.Location!.ToString(), Is.EqualTo($"{GreenhouseApp.AssessmentUrl}?partner_interview_id={interviewId}"));
        var status = await greenhouse.TestStatusAsync(interviewId);
        Assert.That(status["partner_status"]!.GetValue<string>(), Is.EqualTo("started"));
        var instance = await _factory.WithDbAsync(db => db.TestInstances.SingleAsync(i => i.PartnerInterviewId == interviewId));
        Assert.That(instance.Status, Is.EqualTo(TestStatus.Started));
    }

    [Test]
    public async Task CandidatePage_UnknownToken_Returns404Html()
    {
        using var browser = _factory.CreateClient();

        var page = await browser.GetAsync("/assessments/not-a-real-token");

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(page.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
    }

    [Test]
    public async Task CandidatePage_CompletedTest_StartIsRefusedWith409()
    {
        using var greenhouse = _factory.CreateGreenhouseClient(_tenant.ApiKey);
        using var admin = _factory.CreateAdminClient();
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("12345"));
        await admin.CompleteAsync(interviewId);
        var token = await _factory.CandidateTokenAsync(interviewId);
        using var browser = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var start = await browser.PostAsync($"/assessments/{token}/start", new FormUrlEncodedContent([]));

        Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await _factory.WithDbAsync(db => db.TestInstances.Where(i => i.PartnerInterviewId == interviewId).Select(i => i.Status).SingleAsync()),
            Is.EqualTo(TestStatus.Complete));
    }

    [GeneratedRegex(@"https?://\S+/assessments/[A-Za-z0-9_\-]+")]
    private static partial Regex LinkPattern();
}
