using Microsoft.AspNetCore.Mvc;
using Partner.Application.DatabricksPartnerConnect.Landing;
using Partner.Application.DatabricksPartnerConnect.Landing.Commands.StartTrial;
using Partner.Application.DatabricksPartnerConnect.Landing.Commands.TestLandingConnection;
using Partner.Application.DatabricksPartnerConnect.Landing.Queries.GetLandingPage;
using Partner.Application.DatabricksPartnerConnect.OAuth;
using Partner.Application.DatabricksPartnerConnect.OAuth.Commands.CompleteAuthorization;
using Partner.Application.DatabricksPartnerConnect.OAuth.Commands.StartAuthorization;
using Partner.Domain.DatabricksPartnerConnect.Connections;
using Partner.WebApi.DatabricksPartnerConnect;
using Partner.WebApi.Pages;

namespace Partner.WebApi.Controllers.DatabricksPartnerConnect;

/// <summary>
/// The pages a Connect redirect_uri opens, server-rendered and working without JavaScript, and the OAuth U2M
/// authorization they start. The query carries only the opaque, signed, expiring token; the forms post it back.
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
    [LandingVisitLimit]
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
    [LandingVisitLimit]
    public async Task<IActionResult> TestConnection([FromForm] TestConnectionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = await mediator.Send(new TestLandingConnectionCommand(form.Page, form.Token, form.ConnectionId), cancellationToken);
        return Page("TestConnection", new LandingTestView("Connection test", form.Page, form.Token!, result.Connection, result.Results, branding.Current));
    }

    /// <summary>
    /// "Authorize Databricks" (a link of the landing pages): starts the OAuth U2M authorization of one connection of the
    /// visit's workspace and sends the browser to Databricks' authorize endpoint, remembering the browser in a cookie.
    /// </summary>
    [HttpGet(LandingPaths.OAuthAuthorize)]
    [LandingVisitLimit]
    public async Task<IActionResult> OAuthAuthorize([FromQuery] string? token, [FromQuery(Name = "connection_id")] Guid connectionId,
        CancellationToken cancellationToken)
    {
        var started = await mediator.Send(new StartAuthorizationCommand(token, connectionId), cancellationToken);
        Response.Cookies.Append(BindingCookie(started.BindingName), started.BrowserBinding, new CookieOptions
        {
            HttpOnly = true,
            Secure = Request.IsHttps,
            // Lax: Databricks' redirect back is a top-level GET from another site, which must carry it.
            SameSite = SameSiteMode.Lax,
            Path = LandingPaths.OAuthCallback,
            MaxAge = started.Lifetime,
            IsEssential = true,
        });
        LandingSecurityHeaders.Apply(Response);
        return Redirect(started.AuthorizeUrl);
    }

    /// <summary>Databricks' redirect back (the oauth_redirect_uri): redeems the code and says what happened and what to do next.</summary>
    [HttpGet(LandingPaths.OAuthCallback)]
    public async Task<IActionResult> OAuthCallback([FromQuery] string? code, [FromQuery] string? state, [FromQuery] string? error,
        CancellationToken cancellationToken)
    {
        var cookie = state is { Length: > 0 and <= 200 } ? BindingCookie(OAuthValues.BindingName(state)) : null;
        var binding = cookie is null ? null : Request.Cookies[cookie];
        var result = await mediator.Send(new CompleteAuthorizationCommand(state, code, error, binding), cancellationToken);
        if (binding is not null && result.Outcome != AuthorizationOutcome.OtherBrowser)
        {
            Response.Cookies.Delete(cookie!, new CookieOptions { Path = LandingPaths.OAuthCallback, Secure = Request.IsHttps, HttpOnly = true });
        }

        var page = Page("OAuthResult", new OAuthResultView(result.Authorized ? "Databricks authorized" : "Authorization not completed", result, branding.Current));
        page.StatusCode = result.Outcome switch
        {
            AuthorizationOutcome.Authorized or AuthorizationOutcome.Declined => StatusCodes.Status200OK,
            AuthorizationOutcome.ConnectionGone => StatusCodes.Status404NotFound,
            AuthorizationOutcome.TokenRefused or AuthorizationOutcome.TokenUnavailable => StatusCodes.Status502BadGateway,
            _ => StatusCodes.Status400BadRequest,
        };
        return page;
    }

    private static string BindingCookie(string name) => $"partner_oauth_{name}";

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
