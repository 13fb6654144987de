using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

namespace Partner.WebApi.FunctionalTests.Greenhouse;

/// <summary>
/// A test with questions, run by the service: created by an operator, taken by the candidate over the e-mailed link
/// (forms, no script), scored once, reported through test_status and the completion callback.
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
public sealed class BuiltInAssessmentTests(Provider provider)
{
    private CallbackReceiver _receiver = null!;
    private PartnerApiFactory _factory = null!;
    private Tenant _tenant = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _receiver = await CallbackReceiver.StartAsync();
        _factory = new PartnerApiFactory(GreenhouseApp.Settings(), provider: provider);
        _tenant = await _factory.CreateTenantAsync();
        using var admin = _factory.CreateAdminClient();
        await admin.CreateTestAsync(_tenant.Id, GreenhouseApi.CreateQuiz("quiz"));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _factory?.Dispose();
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
    }

    [Test]
    public async Task Candidate_StartsAnswersAndSubmits_TestStatusCompleteWithScore_CallbackOnce_ResultsPageForTheRecruiter()
    {
        var url = _receiver.NewUrl(204);
        var (interviewId, token) = await SendAsync(url);
        using var browser = CandidateBrowser();

        using var start = await browser.PostAsync($"/assessments/{token}/start", new FormUrlEncodedContent([]));
        Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(start.Headers.Location!.ToString(), Is.EqualTo($"/assessments/{token}/questions"));
        var form = await browser.GetStringAsync($"/assessments/{token}/questions");
        Assert.That(form, Does.Contain("<label for=\"q0c1\">WHERE</label>").And.Contain("name=\"q2\" value=\"2\""));
        Assert.That(form, Does.Not.Contain("correct"), "the page never carries the answers");

        using var submitted = await GreenhouseScenarios.CandidateSubmitsAsync(browser, token, ("q0", "1"), ("q1", "1"), ("q2", "2"));

        Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await submitted.Content.ReadAsStringAsync());
        var status = await TestStatusAsync(interviewId);
        var profileUrl = status["partner_profile_url"]!.GetValue<string>();
        var metadata = status["metadata"]!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(status["partner_status"]!.GetValue<string>(), Is.EqualTo("complete"));
            Assert.That(status["partner_score"]!.GetValue<double>(), Is.EqualTo(66.67));
            Assert.That(profileUrl, Does.StartWith(_factory.BaseUrl + "/assessments/results/"));
            Assert.That(metadata["correct"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(metadata["total"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(metadata["passed"]!.GetValue<bool>(), Is.True);
            Assert.That(metadata["duration_seconds"]!.GetValue<long>(), Is.GreaterThanOrEqualTo(0));
        });
        await GreenhouseApp.EventuallyAsync(() => Task.FromResult(_receiver.For(url)), c => c.Count > 0);
        await Task.Delay(300);
        Assert.That(_receiver.For(url), Has.Count.EqualTo(1), "the completion callback, once");

        using var admin = _factory.CreateAdminClient();
        var instance = await (await admin.GetAsync($"/admin/test-instances/{interviewId}")).ReadJsonAsync();
        Assert.That(instance["answers"]!.AsArray().Select(a => a!.GetValue<int>()), Is.EqualTo(new[] { 1, 1, 2 }), "operators read the answers");
        var tests = await (await admin.GetAsync(GreenhouseApi.TestsOf(_tenant.Id))).ReadJsonAsync();
        Assert.That(tests["items"]![0]!["questions"]![1]!["correct_choice"]!.GetValue<int>(), Is.Zero, "operators read the questions");

        var results = await browser.GetStringAsync(new Uri(profileUrl).PathAndQuery);
        Assert.Multiple(() =>
        {
            Assert.That(results, Does.Contain("66.67%").And.Contain("2 of 3 correct").And.Contain("Passed (pass mark 60%)"));
            Assert.That(results, Does.Contain("<td>UNIQUE</td>").And.Contain("<td>DISTINCT</td>"), "the wrong answer and the right one");
        });
    }

    [Test]
    public async Task SecondSubmission_Is409_AndChangesNothing()
    {
        var (interviewId, token) = await SendAsync();
        using var browser = CandidateBrowser();
        (await GreenhouseScenarios.CandidateCompletesAsync(browser, token, ("q0", "1"), ("q1", "0"), ("q2", "2"))).Dispose();

        using var again = await GreenhouseScenarios.CandidateSubmitsAsync(browser, token, ("q0", "0"));

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(again.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That((await TestStatusAsync(interviewId))["partner_score"]!.GetValue<double>(), Is.EqualTo(100));
    }

    [Test]
    public async Task TwoSubmissionsAtOnce_OneCounts_OneCallback()
    {
        var url = _receiver.NewUrl(204);
        var (interviewId, token) = await SendAsync(url);
        using var browser = CandidateBrowser();
        await browser.PostAsync($"/assessments/{token}/start", new FormUrlEncodedContent([]));

        var answers = await Task.WhenAll(
            GreenhouseScenarios.CandidateSubmitsAsync(browser, token, ("q0", "1"), ("q1", "0"), ("q2", "2")),
            GreenhouseScenarios.CandidateSubmitsAsync(browser, token, ("q0", "0"), ("q1", "1"), ("q2", "0")));

        var statuses = answers.Select(a => a.StatusCode).OrderBy(s => s).ToList();
        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var score = (await TestStatusAsync(interviewId))["partner_score"]!.GetValue<double>();
        Assert.That(score, Is.EqualTo(100).Or.EqualTo(0));
        await GreenhouseApp.EventuallyAsync(() => Task.FromResult(_receiver.For(url)), c => c.Count > 0);
        await Task.Delay(300);
        Assert.That(_receiver.For(url), Has.Count.EqualTo(1), "one completion, one callback");
    }

    [Test]
    public async Task AnswersAfterTheTimeLimit_AreNotCounted_TheTestCompletesAsExpired()
    {
        var (interviewId, token) = await SendAsync();
        using var browser = CandidateBrowser();
        await browser.PostAsync($"/assessments/{token}/start", new FormUrlEncodedContent([]));
        // Started 11 minutes ago: the 10-minute limit and the 30-second grace are over.
        var startedLongAgo = DateTimeOffset.UtcNow.AddMinutes(-11);
        await _factory.WithDbAsync(db => db.TestInstances.Where(i => i.PartnerInterviewId == interviewId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.StartedAt, startedLongAgo)));
        Assert.That(await browser.GetStringAsync($"/assessments/{token}/questions"), Does.Contain("The time limit has passed."));

        using var late = await GreenhouseScenarios.CandidateSubmitsAsync(browser, token, ("q0", "1"), ("q1", "0"), ("q2", "2"));

        var status = await TestStatusAsync(interviewId);
        Assert.Multiple(async () =>
        {
            Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await late.Content.ReadAsStringAsync(), Does.Contain("after the time limit"));
            Assert.That(status["partner_status"]!.GetValue<string>(), Is.EqualTo("complete"));
            Assert.That(status["partner_score"]!.GetValue<double>(), Is.Zero);
            Assert.That(status["metadata"]!["expired"]!.GetValue<bool>(), Is.True);
            Assert.That(status["metadata"]!["passed"]!.GetValue<bool>(), Is.False);
        });
    }

    [Test]
    public async Task AnotherCandidatesToken_ReachesOnlyThatCandidatesTest_AndBadAnswersAre400()
    {
        var other = await _factory.CreateTenantAsync();
        using var admin = _factory.CreateAdminClient();
        await admin.CreateTestAsync(other.Id, GreenhouseApi.CreateQuiz("quiz"));
        using var otherGreenhouse = _factory.CreateGreenhouseClient(other.ApiKey);
        var otherInterview = await otherGreenhouse.SendTestAsync(GreenhouseApi.SendTest("quiz"));
        var (mine, token) = await SendAsync();
        using var browser = CandidateBrowser();
        await browser.PostAsync($"/assessments/{token}/start", new FormUrlEncodedContent([]));

        using var outOfRange = await GreenhouseScenarios.CandidateSubmitsAsync(browser, token, ("q0", "7"));
        using var unknownToken = await GreenhouseScenarios.CandidateSubmitsAsync(browser, "not-a-token", ("q0", "1"));
        (await GreenhouseScenarios.CandidateSubmitsAsync(browser, token, ("q0", "1"))).Dispose();

        Assert.Multiple(async () =>
        {
            Assert.That(outOfRange.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(unknownToken.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await TestStatusAsync(mine))["partner_status"]!.GetValue<string>(), Is.EqualTo("complete"));
            Assert.That((await TestStatusAsync(otherInterview, other.ApiKey))["partner_status"]!.GetValue<string>(), Is.EqualTo("sent"),
                "the other organization's candidate is untouched");
            Assert.That((await browser.GetAsync($"/assessments/results/{token}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound),
                "a candidate token does not open a results page");
        });
    }

    public static IEnumerable<TestCaseData> InvalidTests()
    {
        JsonObject With(Action<JsonObject> change)
        {
            var body = GreenhouseApi.CreateQuiz("invalid-" + Guid.NewGuid().ToString("N")[..8]);
            change(body);
            return body;
        }

        yield return new TestCaseData(With(b => b["questions"]![0]!["choices"] = new JsonArray("only one")), "2 to 10 choices").SetName("OneChoice_400");
        yield return new TestCaseData(With(b => b["questions"]![0]!["correct_choice"] = 3), "correct_choice").SetName("CorrectChoiceOutOfRange_400");
        yield return new TestCaseData(With(b => b["questions"]![0]!["prompt"] = ""), "Each question needs a prompt").SetName("EmptyPrompt_400");
        yield return new TestCaseData(With(b => b["questions"]![0]!["choices"]![1] = " "), "Each choice must be").SetName("BlankChoice_400");
        yield return new TestCaseData(With(b => b["questions"] = new JsonArray()), "1 to 200 questions").SetName("NoQuestions_400");
        yield return new TestCaseData(With(b => b["questions"] = new JsonArray([.. Enumerable.Range(0, 201).Select(_ =>
            (JsonNode)new JsonObject { ["prompt"] = "p", ["choices"] = new JsonArray("a", "b"), ["correct_choice"] = 0 })])), "1 to 200 questions")
            .SetName("TooManyQuestions_400");
        yield return new TestCaseData(With(b => b["time_limit_minutes"] = 0), "time_limit_minutes").SetName("ZeroTimeLimit_400");
        yield return new TestCaseData(With(b => b["pass_mark_percent"] = 101), "pass_mark_percent").SetName("PassMarkOver100_400");
        yield return new TestCaseData(With(b => b.Remove("questions")), "apply to a test with questions").SetName("TimeLimitWithoutQuestions_400");
    }

    [TestCaseSource(nameof(InvalidTests))]
    public async Task CreateTest_InvalidQuestions_400NamingTheRule_NothingStored(JsonObject body, string expected)
    {
        using var admin = _factory.CreateAdminClient();
        var before = await _factory.WithDbAsync(db => db.AssessmentTests.CountAsync());

        using var response = await admin.PostAsJsonAsync(GreenhouseApi.TestsOf(_tenant.Id), body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(expected));
        Assert.That(await _factory.WithDbAsync(db => db.AssessmentTests.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task NoTokenIsStoredInPlainText_TheLinkAndTheResultsPageAreFoundByHashes()
    {
        var (interviewId, token) = await SendAsync();
        using var browser = CandidateBrowser();
        using var submitted = await GreenhouseScenarios.CandidateCompletesAsync(browser, token, ("q0", "1"), ("q1", "0"), ("q2", "2"));
        var profileUrl = (await TestStatusAsync(interviewId))["partner_profile_url"]!.GetValue<string>();
        var resultsToken = profileUrl[(profileUrl.LastIndexOf('/') + 1)..];

        var row = await _factory.WithDbAsync(db => db.TestInstances.AsNoTracking().SingleAsync(i => i.PartnerInterviewId == interviewId));
        var payloads = await _factory.WithDbAsync(db => db.OutboxMessages.Select(m => m.Payload).ToListAsync());
        using var results = await browser.GetAsync(new Uri(profileUrl).PathAndQuery);
        Assert.Multiple(() =>
        {
            Assert.That((row.CandidateToken, row.ResultsToken, row.PartnerProfileUrl), Is.EqualTo(((string?)null, (string?)null, (string?)null)));
            Assert.That(new[] { row.CandidateTokenHash, row.ProtectedCandidateToken, row.ResultsTokenHash, row.ProtectedResultsUrl },
                Has.None.Contains(token).And.None.Contains(resultsToken));
            Assert.That(payloads, Has.None.Contains(token));
            Assert.That(results.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the results page is found by its token's hash");
        });
    }

    [Test]
    public async Task InstancesFromBeforeHashing_AreMovedAtStart_AndTheirLinksKeepWorking()
    {
        var (interviewId, token) = await SendAsync();
        using (var browser = CandidateBrowser())
        {
            using var submitted = await GreenhouseScenarios.CandidateCompletesAsync(browser, token, ("q0", "1"));
        }

        var profileUrl = (await TestStatusAsync(interviewId))["partner_profile_url"]!.GetValue<string>();
        var resultsToken = profileUrl[(profileUrl.LastIndexOf('/') + 1)..];
        // As yesterday's release stored it: the tokens and the results URL in plain text, no hashes.
        await _factory.WithDbAsync(db => db.TestInstances.Where(i => i.PartnerInterviewId == interviewId).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.CandidateToken, token).SetProperty(i => i.CandidateTokenHash, (string?)null).SetProperty(i => i.ProtectedCandidateToken, (string?)null)
            .SetProperty(i => i.ResultsToken, resultsToken).SetProperty(i => i.ResultsTokenHash, (string?)null)
            .SetProperty(i => i.PartnerProfileUrl, profileUrl).SetProperty(i => i.ProtectedResultsUrl, (string?)null)));

        using var restarted = new PartnerApiFactory(GreenhouseApp.Settings(), provider: provider, sharedDatabase: _factory.Database);
        using var candidate = restarted.CreateClient();
        using var page = await candidate.GetAsync($"/assessments/{token}");
        using var results = await candidate.GetAsync(new Uri(profileUrl).PathAndQuery);
        var row = await restarted.WithDbAsync(db => db.TestInstances.AsNoTracking().SingleAsync(i => i.PartnerInterviewId == interviewId));
        Assert.Multiple(() =>
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(results.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((row.CandidateToken, row.ResultsToken, row.PartnerProfileUrl), Is.EqualTo(((string?)null, (string?)null, (string?)null)));
            Assert.That(row.CandidateTokenHash, Has.Length.EqualTo(64));
        });
    }

    private HttpClient CandidateBrowser() =>
        _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<(string InterviewId, string Token)> SendAsync(string? url = null)
    {
        using var greenhouse = _factory.CreateGreenhouseClient(_tenant.ApiKey);
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("quiz", url: url));
        var token = await _factory.CandidateTokenAsync(interviewId);
        return (interviewId, token);
    }

    private async Task<JsonObject> TestStatusAsync(string interviewId, string? apiKey = null)
    {
        using var greenhouse = _factory.CreateGreenhouseClient(apiKey ?? _tenant.ApiKey);
        return await greenhouse.TestStatusAsync(interviewId);
    }
}
