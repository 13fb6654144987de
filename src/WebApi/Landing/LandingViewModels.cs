using Partner.Application.DatabricksPartnerConnect.Connections.Commands.TestConnection;
using Partner.Application.DatabricksPartnerConnect.Landing.Queries.GetLandingPage;
using Partner.Domain.Connections;

namespace Partner.WebApi.Landing;

/// <summary>What every page's layout shows: the brand (<see cref="PageBrand"/>) and the title.</summary>
public interface IBrandedPage
{
    PageBrand Brand { get; }

    string Title { get; }
}

/// <summary>A landing page: its content and the visit's token, which the page's forms post back.</summary>
public sealed record LandingView(string Title, LandingPageModel Page, string Token) : IBrandedPage
{
    public LandingBranding Branding => Page.Branding;

    public PageBrand Brand => PageBrand.From(Page.Branding);
}

/// <summary>The result page of the "Test connection" button.</summary>
public sealed record LandingTestView(string Title, RedirectValue Page, string Token, LandingConnection Connection, IReadOnlyList<TestResult> Results,
    LandingBranding Branding) : IBrandedPage
{
    public PageBrand Brand => PageBrand.From(Branding);

    public bool AllSucceeded => Results.All(r => r.Status == CheckStatus.Success);
}

/// <summary>A page with a title and one message (errors), and a link back where there is somewhere to go back to.</summary>
public sealed record MessageView(string Title, string Message, PageBrand Brand, PageLink? Back = null) : IBrandedPage;

/// <summary>A link of a page: where and what it says.</summary>
public sealed record PageLink(string Url, string Text);

/// <summary>The candidate page of the e-mailed link.</summary>
public sealed record CandidateView(string Title, Application.GreenhouseAssessment.TestInstances.Queries.GetCandidatePage.CandidatePageModel Candidate, string StartPath,
    PageBrand Brand) : IBrandedPage;

/// <summary>The question form of a test the service runs.</summary>
public sealed record QuestionsView(string Title, Application.GreenhouseAssessment.TestInstances.Queries.GetAssessmentQuestions.AssessmentQuestionsModel Test, string FormPath,
    PageBrand Brand) : IBrandedPage;

/// <summary>The recruiter's results page, made to be printed on its own too.</summary>
public sealed record ResultsView(string Title, Application.GreenhouseAssessment.TestInstances.Queries.GetAssessmentResults.AssessmentResultsModel Results,
    PageBrand Brand) : IBrandedPage;

/// <summary>The OAuth callback's page: what happened, what to do next.</summary>
public sealed record OAuthResultView(string Title, Application.DatabricksPartnerConnect.OAuth.Commands.CompleteAuthorization.CompleteAuthorizationResult Result,
    LandingBranding Branding) : IBrandedPage
{
    public PageBrand Brand => PageBrand.From(Branding);
}
