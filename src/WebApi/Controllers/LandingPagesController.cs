using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;
using Partner.Application.Landing;
using Partner.Application.Landing.Commands.StartTrial;
using Partner.Application.Landing.Queries.GetLandingPage;
using Partner.Domain.Connections;
using Partner.WebApi.Landing;

namespace Partner.WebApi.Controllers;

/// <summary>
/// The pages a Connect redirect_uri opens: plain HTML telling the user what happens next. The query carries only the
/// opaque, signed, expiring token.
/// </summary>
[HtmlPage]
[Tags("Landing pages (HTML)")]
[Produces("text/html")]
public sealed class LandingPagesController(IMediator mediator) : Controller
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    [HttpGet(LandingPaths.CreateTrial)]
    public async Task<ContentResult> CreateTrial([FromQuery] string? token, CancellationToken cancellationToken)
    {
        var model = await mediator.Send(new GetLandingPageQuery(RedirectValue.CreateTrial, token), cancellationToken);
        var body = model.SignedUp && !model.AccountExpired
            ? "<p>Your trial is active. You can close this tab and use the product from Databricks.</p>"
            : $"""
               <p>Welcome{Greeting(model)}! Start your free trial of {Html.Encode(model.PartnerName)} for
               <strong>{Html.Encode(model.AccountDomain ?? string.Empty)}</strong>. Your Databricks workspace is already connected.</p>
               <form method="post" action="{LandingPaths.CreateTrial}">
               <input type="hidden" name="token" value="{Html.Encode(token ?? string.Empty)}">
               <button type="submit">Start my trial</button></form>
               """;
        return Render("Create your trial", body);
    }

    [HttpPost(LandingPaths.CreateTrial)]
    [Consumes("application/x-www-form-urlencoded")]
    public async Task<ContentResult> StartTrial([FromForm] string? token, CancellationToken cancellationToken)
    {
        await mediator.Send(new StartTrialCommand(token), cancellationToken);
        return Render("Your trial has started", "<p>You're all set. Return to Databricks, or close this tab and sign in.</p>");
    }

    [HttpGet(LandingPaths.SignIn)]
    public async Task<ContentResult> SignIn([FromQuery] string? token, CancellationToken cancellationToken)
    {
        var model = await mediator.Send(new GetLandingPageQuery(RedirectValue.SignIn, token), cancellationToken);
        return Render("Sign in", $"<p>Welcome back{Greeting(model)}. Your Databricks workspace is connected to " +
            $"{Html.Encode(model.PartnerName)}; sign in with your work e-mail to continue.</p>");
    }

    [HttpGet(LandingPaths.ContactYourAdmin)]
    public async Task<ContentResult> ContactYourAdmin([FromQuery] string? token, CancellationToken cancellationToken)
    {
        var model = await mediator.Send(new GetLandingPageQuery(RedirectValue.ContactAdmin, token), cancellationToken);
        return Render("Ask your administrator", $"<p>Your company already uses {Html.Encode(model.PartnerName)}. " +
            "Ask your administrator to invite you; you will receive an e-mail when they do.</p>");
    }

    [HttpGet(LandingPaths.PurchaseProduct)]
    public async Task<ContentResult> PurchaseProduct([FromQuery] string? token, CancellationToken cancellationToken)
    {
        var model = await mediator.Send(new GetLandingPageQuery(RedirectValue.PurchaseProduct, token), cancellationToken);
        return Render("Your trial has ended", $"<p>The trial of {Html.Encode(model.PartnerName)} for " +
            $"<strong>{Html.Encode(model.AccountDomain ?? string.Empty)}</strong> has ended. Contact our sales team to purchase the product; " +
            "your data and connections are kept.</p>");
    }

    [HttpGet(LandingPaths.OAuthCallback)]
    public ContentResult OAuthCallback([FromQuery] string? code, [FromQuery] string? error)
        => error is null && code is not null
            ? Render("Databricks authorized", "<p>Databricks has authorized the connection. You can close this tab.</p>")
            : Render("Databricks authorization failed", "<p>Databricks did not authorize the connection. Try connecting again.</p>");

    private static string Greeting(LandingPageModel model) =>
        string.IsNullOrWhiteSpace(model.FirstName) ? string.Empty : ", " + Html.Encode(model.FirstName);

    private ContentResult Render(string title, string body)
    {
        LandingPageRenderer.ApplySecurityHeaders(Response);
        return Content(LandingPageRenderer.Page(title, body), "text/html; charset=utf-8");
    }
}
