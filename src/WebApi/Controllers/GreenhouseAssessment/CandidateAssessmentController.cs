using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Partner.Application.GreenhouseAssessment;
using Partner.Application.GreenhouseAssessment.TestInstances;
using Partner.Application.GreenhouseAssessment.TestInstances.Commands.StartAssessment;
using Partner.Application.GreenhouseAssessment.TestInstances.Commands.SubmitAnswers;
using Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetAssessmentQuestions;
using Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetAssessmentResults;
using Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetCandidatePage;
using Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetOrganizationLogo;
using Partner.Application.GreenhouseAssessment.Branding;
using Partner.WebApi.GreenhouseAssessment;
using Partner.WebApi.Pages;

namespace Partner.WebApi.Controllers.GreenhouseAssessment;

/// <summary>The candidate pages of the e-mailed link; every page wears the organization's brand.</summary>
[HtmlPage]
[Tags("Candidate pages (HTML)")]
[Produces("text/html")]
public sealed class CandidateAssessmentController(IMediator mediator, IOptions<GreenhouseOptions> options, LandingBrandingSource branding)
    : Controller
{
    /// <summary>The candidate's test: what it is and a start button.</summary>
    [HttpGet(CandidateLinks.PageRoute)]
    public async Task<ViewResult> Show(string token, CancellationToken cancellationToken)
    {
        var model = await mediator.Send(new GetCandidatePageQuery(token), cancellationToken);
        return Page("Show", new CandidateView(model.Status == Domain.GreenhouseAssessment.TestStatus.Expired ? "Invitation expired" : model.TestName, model,
            CandidateLinks.StartPath(token), branding.Candidates(model.Brand)));
    }

    /// <summary>Start: marks the instance started, then 303 to the assessment product.</summary>
    [HttpPost(CandidateLinks.StartRoute)]
    public async Task<IActionResult> Start(string token, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new StartAssessmentCommand(token), cancellationToken);
        if (result.RunByService)
        {
            LandingSecurityHeaders.Apply(Response);
            Response.Headers.Location = CandidateLinks.QuestionsPath(token);
            return StatusCode(StatusCodes.Status303SeeOther);
        }

        if (result.AssessmentUrl is null)
        {
            return Page("~/Views/Shared/Message.cshtml", new MessageView("Your test has started",
                "Your test has started. Follow the instructions you were given to take it.", branding.Candidates(result.Brand)));
        }

        LandingSecurityHeaders.Apply(Response);
        Response.Headers.Location = result.AssessmentUrl;
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary>The questions of a test the service runs: one form, a radio button per choice.</summary>
    [HttpGet(CandidateLinks.QuestionsRoute)]
    public async Task<ViewResult> Questions(string token, CancellationToken cancellationToken)
    {
        var model = await mediator.Send(new GetAssessmentQuestionsQuery(token), cancellationToken);
        return Page("Questions", new QuestionsView(model.TestName, model, CandidateLinks.QuestionsPath(token), branding.Candidates(model.Brand)));
    }

    /// <summary>The answers (q0, q1, … = the index of the chosen choice), once; then the thank-you page.</summary>
    [HttpPost(CandidateLinks.QuestionsRoute)]
    [Consumes("application/x-www-form-urlencoded")]
    public async Task<ViewResult> SubmitAnswers(string token, CancellationToken cancellationToken)
    {
        var form = await Request.ReadFormAsync(cancellationToken);
        var result = await mediator.Send(new SubmitAnswersCommand(token, AnswerForm.Parse(form)), cancellationToken);
        return Page("~/Views/Shared/Message.cshtml", new MessageView("Thank you", result.Expired
            ? $"Thank you, {result.GreetingName}. Your answers to {result.TestName} arrived after the time limit, so they could not be counted; the recruiter has been told."
            : $"Thank you, {result.GreetingName}. Your answers to {result.TestName} have been submitted; the recruiter will be in touch.",
            branding.Candidates(result.Brand)));
    }

    /// <summary>The recruiter's results page of a test the service ran (its partner_profile_url).</summary>
    [HttpGet(CandidateLinks.ResultsRoute)]
    public async Task<ViewResult> Results(string token, CancellationToken cancellationToken)
    {
        var model = await mediator.Send(new GetAssessmentResultsQuery(token), cancellationToken);
        return Page("Results", new ResultsView($"Results: {model.TestName}", model, branding.Candidates(model.Brand)));
    }

    /// <summary>An organization's uploaded logo (PNG, JPEG or WebP); its address changes with the image, so it is cached for a year.</summary>
    [HttpGet(CandidateBrand.LogoRoute)]
    [Produces("image/png", "image/jpeg", "image/webp")]
    public async Task<IActionResult> Logo(Guid organizationId, string hash, CancellationToken cancellationToken)
    {
        var logo = await mediator.Send(new GetOrganizationLogoQuery(organizationId, hash), cancellationToken);
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return File(logo.Content, logo.ContentType, lastModified: null, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{logo.Hash}\""));
    }

    private ViewResult Page(string view, IBrandedPage model)
    {
        LandingSecurityHeaders.Apply(Response, model.Brand);
        // Browsers apply form-action to the redirect after the start form too: allow the assessment product's origin.
        if (Uri.TryCreate(options.Value.AssessmentUrl, UriKind.Absolute, out var assessment))
        {
            Response.Headers.ContentSecurityPolicy = Response.Headers.ContentSecurityPolicy.ToString()
                .Replace("form-action 'self'", $"form-action 'self' {assessment.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal);
        }

        return View(view, model);
    }
}
