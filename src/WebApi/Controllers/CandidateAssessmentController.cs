using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Partner.Application.Greenhouse;
using Partner.Application.TestInstances;
using Partner.Application.TestInstances.Commands.StartAssessment;
using Partner.Application.TestInstances.Queries.GetCandidatePage;
using Partner.WebApi.Landing;

namespace Partner.WebApi.Controllers;

/// <summary>
/// The candidate page of the e-mailed link: what the test is, and a start button that marks the instance started and
/// goes on to the assessment product (Greenhouse:AssessmentUrl).
/// </summary>
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
        return Page("Show", new CandidateView(model.TestName, model, CandidateLinks.StartPath(token), branding.Current));
    }

    /// <summary>Start: marks the instance started, then 303 to the assessment product.</summary>
    [HttpPost(CandidateLinks.StartRoute)]
    public async Task<IActionResult> Start(string token, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new StartAssessmentCommand(token), cancellationToken);
        if (result.AssessmentUrl is null)
        {
            return Page("~/Views/Shared/Message.cshtml", new MessageView("Your test has started",
                "Your test has started. Follow the instructions you were given to take it.", branding.Current));
        }

        LandingSecurityHeaders.Apply(Response);
        Response.Headers.Location = result.AssessmentUrl;
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private ViewResult Page(string view, object model)
    {
        LandingSecurityHeaders.Apply(Response);
        // Browsers apply form-action to the redirect after the start form too: allow the assessment product's origin.
        if (Uri.TryCreate(options.Value.AssessmentUrl, UriKind.Absolute, out var assessment))
        {
            Response.Headers.ContentSecurityPolicy = Response.Headers.ContentSecurityPolicy.ToString()
                .Replace("form-action 'self'", $"form-action 'self' {assessment.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal);
        }

        return View(view, model);
    }
}
