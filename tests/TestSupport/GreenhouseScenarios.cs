using System.Text.Json.Nodes;

namespace Partner.TestSupport;

/// <summary>
/// The Greenhouse flows several suites start from, with the bodies of <see cref="GreenhouseApi"/>: an organization with a
/// key, a test sent, a test completed (reported by the assessment product, or taken by the candidate on our pages). HTTP
/// only, like <see cref="DatabricksScenarios"/>, so that certification can run them against a remote deployment. Each
/// step must succeed; the scenario returns what the test goes on with.
/// </summary>
/// <param name="admin">A client with an admin key: creates organizations and tests, reports progress. The caller disposes it.</param>
/// <param name="greenhouseFor">A client as Greenhouse calls with an organization's key; the scenario disposes it.</param>
public sealed class GreenhouseScenarios(HttpClient admin, Func<string, HttpClient> greenhouseFor)
{
    /// <summary>In-process: Greenhouse clients of the factory.</summary>
    public GreenhouseScenarios(PartnerApiFactory factory, HttpClient admin)
        : this(admin, (factory ?? throw new ArgumentNullException(nameof(factory))).CreateGreenhouseClient)
    {
    }

    /// <summary>A new organization with its first key and the given tests.</summary>
    public Task<Tenant> OrganizationWithKeyAsync(params (string Id, string Name)[] tests) => admin.CreateOrganizationAsync(tests);

    /// <summary>Greenhouse sends <paramref name="sendTest"/> with the organization's key; returns the partner_interview_id.</summary>
    public async Task<string> SendAsync(Tenant tenant, JsonObject sendTest)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        using var greenhouse = greenhouseFor(tenant.ApiKey);
        return await greenhouse.SendTestAsync(sendTest);
    }

    /// <summary>A new organization with one test, sent once (the contract's example; <paramref name="url"/>: the callback URL).</summary>
    public async Task<SentTest> TestSentAsync(string partnerTestId = "12345", string? url = null)
    {
        var tenant = await OrganizationWithKeyAsync((partnerTestId, "My First Test"));
        return new SentTest(tenant, partnerTestId, await SendAsync(tenant, GreenhouseApi.SendTest(partnerTestId, url: url)));
    }

    /// <summary>
    /// The organization's test sent, then completed as the assessment product reports it (default report:
    /// <see cref="GreenhouseApi.Complete"/>); returns the partner_interview_id.
    /// </summary>
    public async Task<string> CompletedAsync(Tenant tenant, JsonObject sendTest, JsonObject? report = null)
    {
        var interviewId = await SendAsync(tenant, sendTest);
        await admin.CompleteAsync(interviewId, report);
        return interviewId;
    }

    /// <summary>
    /// The candidate takes a test the service runs (<see cref="GreenhouseApi.CreateQuiz"/>) on our pages: starts it and submits
    /// <paramref name="answers"/> (form fields q0, q1, ...). Returns the submission's answer, which the caller disposes.
    /// </summary>
    /// <param name="browser">A client without credentials that does not follow redirects.</param>
    /// <param name="token">The candidate link's token, as the e-mail carries it.</param>
    public static async Task<HttpResponseMessage> CandidateCompletesAsync(HttpClient browser, string token, params (string Name, string Value)[] answers)
    {
        ArgumentNullException.ThrowIfNull(browser);
        (await browser.PostAsync($"/assessments/{token}/start", new FormUrlEncodedContent([]))).Dispose();
        return await CandidateSubmitsAsync(browser, token, answers);
    }

    /// <summary>The candidate's answers to the questions page, without starting first.</summary>
    public static Task<HttpResponseMessage> CandidateSubmitsAsync(HttpClient browser, string token, params (string Name, string Value)[] answers)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(answers);
        return browser.PostAsync($"/assessments/{token}/questions",
            new FormUrlEncodedContent(answers.Select(a => new KeyValuePair<string, string>(a.Name, a.Value))));
    }
}
