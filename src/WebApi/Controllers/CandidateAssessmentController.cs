using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Partner.Application.Greenhouse;
using Partner.Application.TestInstances;
using Partner.Application.TestInstances.Commands.StartAssessment;
using Partner.Application.TestInstances.Queries.GetCandidatePage;
using Partner.Domain.Greenhouse;
using Partner.WebApi.Landing;

namespace Partner.WebApi.Controllers;

/// <summary>
/// The candidate page of the e-mailed link: what the test is, and a start button that marks the instance started and
/// goes on to the assessment product (Greenhouse:AssessmentUrl).
/// </summary>
[HtmlPage]
[Tags("Candidate pages (HTML)")]
[Produces("text/html")]
public sealed class CandidateAssessmentController(IMediator mediator, IOptions<GreenhouseOptions> options) : Controller
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    /// <summary>The candidate's test: what it is and a start button.</summary>
    [HttpGet(CandidateLinks.PageRoute)]
    public async Task<ContentResult> Show(string token, CancellationToken cancellationToken)
    {
        var model = await mediator.Send(new GetCandidatePageQuery(token), cancellationToken);
        var body = model.Status == TestStatus.Complete
            ? $"<p>Hello {Html.Encode(model.FirstName)}, you have completed <strong>{Html.Encode(model.TestName)}</strong>. Thank you!</p>"
            : $"""
               <p>Hello {Html.Encode(model.FirstName)},</p>
               <p>{Html.Encode(model.OrganizationName)} has invited you to take the assessment
               <strong>{Html.Encode(model.TestName)}</strong>. When you are ready, press start; the test opens in this window.</p>
               <form method="post" action="{Html.Encode(CandidateLinks.StartPath(token))}">
               <button type="submit">{(model.Status == TestStatus.Started ? "Continue the test" : "Start the test")}</button></form>
               """;
        return Render(model.TestName, body);
    }

    /// <summary>Start: marks the instance started, then 303 to the assessment product.</summary>
    [HttpPost(CandidateLinks.StartRoute)]
    public async Task<IActionResult> Start(string token, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new StartAssessmentCommand(token), cancellationToken);
        if (result.AssessmentUrl is null)
        {
            return Render("Your test has started", "<p>Your test has started. Follow the instructions you were given to take it.</p>");
        }

        LandingPageRenderer.ApplySecurityHeaders(Response);
        Response.Headers.Location = result.AssessmentUrl;
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private ContentResult Render(string title, string body)
    {
        LandingPageRenderer.ApplySecurityHeaders(Response);
        // Browsers apply form-action to the redirect after the start form too: allow the assessment product's origin.
        if (Uri.TryCreate(options.Value.AssessmentUrl, UriKind.Absolute, out var assessment))
        {
            Response.Headers.ContentSecurityPolicy = Response.Headers.ContentSecurityPolicy.ToString()
                .Replace("form-action 'self'", $"form-action 'self' {assessment.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal);
        }

        return Content(LandingPageRenderer.Page(title, body), "text/html; charset=utf-8");
    }
}
