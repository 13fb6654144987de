using Microsoft.AspNetCore.Mvc;
using Partner.Application.DatabricksPartnerConnect.Landing;
using Partner.Application.DatabricksPartnerConnect.Landing.Commands.StartTrial;
using Partner.Application.DatabricksPartnerConnect.Landing.Commands.TestLandingConnection;
using Partner.Application.DatabricksPartnerConnect.Landing.Queries.GetLandingPage;
using Partner.Domain.Connections;
using Partner.WebApi.Landing;

namespace Partner.WebApi.Controllers.DatabricksPartnerConnect;

/// <summary>
/// The pages a Connect redirect_uri opens: the first screen of the product, server-rendered (Views/LandingPages) and
/// working without JavaScript. The query carries only the opaque, signed, expiring token; the pages' forms post it back.
/// With Landing:HandOffUrl every page hands the visit to the partner's own application instead (a signed URL).
/// </summary>
[HtmlPage]
[Tags("Landing pages (HTML)")]
[Produces("text/html")]
public sealed class LandingPagesController(IMediator mediator, LandingBrandingSource branding) : Controller
{
    public const string TestConnectionPath = "/landing/test-connection";

    [HttpGet(LandingPaths.CreateTrial)]
    public Task<IActionResult> CreateTrial([FromQuery] string? token, CancellationToken cancellationToken) =>
        ShowAsync(RedirectValue.CreateTrial, token, "CreateTrial", "Start your trial", cancellationToken);

    /// <summary>The sign-up form: completes the sign-up (and a new trial where allowed), then shows the workspace's connections.</summary>
    [HttpPost(LandingPaths.CreateTrial)]
    [Consumes("application/x-www-form-urlencoded")]
    public async Task<IActionResult> StartTrial([FromForm] SignUpForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        await mediator.Send(new StartTrialCommand(form.Token, form.FirstName, form.LastName, form.AcceptTerms), cancellationToken);
        var page = await mediator.Send(new GetLandingPageQuery(RedirectValue.CreateTrial, form.Token), cancellationToken);
        return Page("TrialStarted", new LandingView("You're all set", page, form.Token!));
    }

    [HttpGet(LandingPaths.SignIn)]
    public Task<IActionResult> SignIn([FromQuery] string? token, CancellationToken cancellationToken) =>
        ShowAsync(RedirectValue.SignIn, token, "SignIn", "Welcome back", cancellationToken);

    [HttpGet(LandingPaths.ContactYourAdmin)]
    public Task<IActionResult> ContactYourAdmin([FromQuery] string? token, CancellationToken cancellationToken) =>
        ShowAsync(RedirectValue.ContactAdmin, token, "ContactAdmin", "Ask your administrator for access", cancellationToken);

    [HttpGet(LandingPaths.PurchaseProduct)]
    public Task<IActionResult> PurchaseProduct([FromQuery] string? token, CancellationToken cancellationToken) =>
        ShowAsync(RedirectValue.PurchaseProduct, token, "PurchaseProduct", "Your trial has ended", cancellationToken);

    /// <summary>The "Test connection" button: the test-connection API's checks on one connection of the visit's workspace.</summary>
    [HttpPost(TestConnectionPath)]
    [Consumes("application/x-www-form-urlencoded")]
    public async Task<IActionResult> TestConnection([FromForm] TestConnectionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = await mediator.Send(new TestLandingConnectionCommand(form.Page, form.Token, form.ConnectionId), cancellationToken);
        return Page("TestConnection", new LandingTestView("Connection test", form.Page, form.Token!, result.Connection, result.Results, branding.Current));
    }

    [HttpGet(LandingPaths.OAuthCallback)]
    public IActionResult OAuthCallback([FromQuery] string? code, [FromQuery] string? error) => Page("Message", error is null && code is not null
        ? new MessageView("Databricks authorized", "Databricks has authorized the connection. You can close this tab.", branding.Current)
        : new MessageView("Databricks authorization failed", "Databricks did not authorize the connection. Try connecting again.", branding.Current));

    private async Task<IActionResult> ShowAsync(RedirectValue value, string? token, string view, string title, CancellationToken cancellationToken)
    {
        var page = await mediator.Send(new GetLandingPageQuery(value, token), cancellationToken);
        if (page.HandOffUrl is { } handOff)
        {
            LandingSecurityHeaders.Apply(Response);
            Response.Headers.Location = handOff;
            return StatusCode(StatusCodes.Status303SeeOther);
        }

        return Page(view, new LandingView(title, page, token!));
    }

    private ViewResult Page(string view, object model)
    {
        LandingSecurityHeaders.Apply(Response);
        return View(view, model);
    }
}

/// <summary>The create-trial page's sign-up form.</summary>
public sealed class SignUpForm
{
    [FromForm(Name = "token")]
    public string? Token { get; set; }

    [FromForm(Name = "first_name")]
    public string? FirstName { get; set; }

    [FromForm(Name = "last_name")]
    public string? LastName { get; set; }

    [FromForm(Name = "accept_terms")]
    public bool AcceptTerms { get; set; }
}

/// <summary>A landing page's "Test connection" form.</summary>
public sealed class TestConnectionForm
{
    [FromForm(Name = "token")]
    public string? Token { get; set; }

    [FromForm(Name = "page")]
    public RedirectValue Page { get; set; }

    [FromForm(Name = "connection_id")]
    public Guid ConnectionId { get; set; }
}
