using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Partner.Certification.Tests.Rules;
using Partner.Certification.Tests.Target;

namespace Partner.Certification.Tests.Greenhouse;

/// <summary>
/// The checks Greenhouse applies to our list_tests / send_test / test_status answers, on real answers. A failure reads
/// as Greenhouse would report it: the response_error body (and with PARTNER_REPORT_RESPONSE_ERRORS=true it is sent).
/// In-process the organization, its key and a test are created through the admin API; remote needs
/// PARTNER_GREENHOUSE_API_KEY (and PARTNER_GREENHOUSE_TEST_ID, default the first listed test).
/// </summary>
public sealed class GreenhouseCertificationTests : CertificationTest
{
    private CertificationTarget _target = null!;
    private HttpClient? _greenhouse;
    private string? _testId;
    private string? _testName;

    [OneTimeSetUp]
    public async Task Start()
    {
        _target = CertificationTarget.StartDefault();
        var apiKey = CertificationSettings.GreenhouseApiKey;
        _testId = CertificationSettings.GreenhouseTestId;
        if (!_target.IsRemote)
        {
            using var admin = _target.CreateAdminClient()!;
            _testId = "12345";
            apiKey = (await new GreenhouseScenarios(admin, _target.CreateGreenhouseClient).OrganizationWithKeyAsync((_testId, "My First Test"))).ApiKey;
        }

        _greenhouse = apiKey is null ? null : _target.CreateGreenhouseClient(apiKey);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _greenhouse?.Dispose();
        _target.Dispose();
    }

    [Test]
    public async Task GH_ListTests_PassesGreenhousesChecks()
    {
        var answer = await GetAsync(GreenhouseApi.ListTestsPath);

        await EnsureAsync("list_tests", GreenhouseRules.ListTests(answer));
        Assert.That(answer.Body!.AsArray(), Is.Not.Empty, "list_tests lists the organization's tests");
    }

    [Test]
    public async Task GH_SendTest_PassesGreenhousesChecks()
    {
        var (answer, _) = await SendTestAsync();

        await EnsureAsync("send_test", GreenhouseRules.SendTest(answer), candidateEmail: GreenhouseApi.CandidateEmail);
    }

    [Test]
    public async Task GH_TestStatus_JustSent_PassesGreenhousesChecksWithNullsNotMissing()
    {
        var (_, interviewId) = await SendTestAsync();

        var answer = await GetAsync(GreenhouseApi.TestStatusOf(interviewId!));

        await EnsureAsync("test_status", GreenhouseRules.TestStatus(answer), interviewId, GreenhouseApi.CandidateEmail);
        Assert.That(answer.Text("partner_status"), Is.Not.EqualTo("complete"));
    }

    [Test]
    public async Task GH_TestStatus_Complete_PassesGreenhousesChecksWithProfileUrlAndFlatMetadata()
    {
        using var admin = _target.CreateAdminClient();
        if (admin is null)
        {
            Assert.Ignore("Completing a test instance needs the admin API: set PARTNER_ADMIN_KEY.");
        }

        var (_, interviewId) = await SendTestAsync();
        await admin.CompleteAsync(interviewId!, GreenhouseApi.CompleteAsInTheExample());

        var answer = await GetAsync(GreenhouseApi.TestStatusOf(interviewId!));

        await EnsureAsync("test_status", GreenhouseRules.TestStatus(answer), interviewId, GreenhouseApi.CandidateEmail);
        Assert.Multiple(() =>
        {
            Assert.That(answer.Text("partner_status"), Is.EqualTo("complete"));
            Assert.That(answer.Text("partner_profile_url"), Is.EqualTo("http://example.com/tests/12345"));
        });
    }

    private HttpClient Greenhouse => _greenhouse ?? throw new IgnoreException(
        "The Greenhouse cases need an organization's key: set PARTNER_GREENHOUSE_API_KEY (and PARTNER_GREENHOUSE_TEST_ID).");

    private async Task<HttpAnswer> GetAsync(string path)
    {
        using var response = await Greenhouse.GetAsync(path);
        return await HttpAnswer.ReadAsync(response);
    }

    private async Task<(HttpAnswer Answer, string? InterviewId)> SendTestAsync()
    {
        if (_testId is null)
        {
            var tests = await GetAsync(GreenhouseApi.ListTestsPath);
            _testId = (tests.Body as JsonArray)?.FirstOrDefault()?["partner_test_id"]?.GetValue<string>()
                ?? throw new IgnoreException("The organization has no test to send: set PARTNER_GREENHOUSE_TEST_ID.");
            _testName = (tests.Body as JsonArray)?.FirstOrDefault()?["partner_test_name"]?.GetValue<string>();
        }

        var answer = await HttpAnswer.SendAsync(Greenhouse, HttpMethod.Post, GreenhouseApi.SendTestPath, GreenhouseApi.SendTest(_testId));
        return (answer, answer.Text("partner_interview_id"));
    }

    /// <summary>Fails with the response_error body Greenhouse would send, and sends it when asked to.</summary>
    private async Task EnsureAsync(string apiCall, IEnumerable<string> errors, string? interviewId = null, string? candidateEmail = null)
    {
        var list = errors.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var report = GreenhouseApi.ResponseError(apiCall, list, _testId, _testName, interviewId, candidateEmail);
        if (CertificationSettings.ReportResponseErrors)
        {
            using var sent = await Greenhouse.PostAsJsonAsync(GreenhouseApi.ResponseErrorPath, report);
        }

        Assert.Fail(report.ToJsonString());
    }
}
