using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Partner.Application.DatabricksPartnerConnect.Landing;

namespace Partner.WebApi.Pages;

/// <summary>The error answer of an HTML endpoint (<see cref="HtmlPageAttribute"/>): the Message view, with the page headers.</summary>
public static class HtmlErrorPage
{
    /// <summary>Writes the page; when <paramref name="formRefused"/> (a form whose fields were refused), with a link back to the form.</summary>
    public static Task WriteAsync(HttpContext context, int status, string message, bool formRefused = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        // A candidate's page never shows the Databricks PartnerConfig; the organization is unknown here, so the product's name.
        var source = context.RequestServices.GetRequiredService<LandingBrandingSource>();
        var branding = context.Request.Path.StartsWithSegments("/assessments", StringComparison.OrdinalIgnoreCase)
            ? source.Candidates(Application.GreenhouseAssessment.Branding.CandidateBrand.None)
            : source.Page;
        LandingSecurityHeaders.Apply(context.Response);
        var view = new ViewResult
        {
            ViewName = "~/Views/Shared/Message.cshtml",
            StatusCode = status,
            ViewData = new ViewDataDictionary<MessageView>(new EmptyModelMetadataProvider(), new ModelStateDictionary())
            {
                Model = new MessageView("Something is not right", message, branding, formRefused ? BackToForm(context) : null),
            },
        };
        return view.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }

    /// <summary>Only the sign-up form links back, with the visit's token, for the visitor to correct what was refused.</summary>
    private static PageLink? BackToForm(HttpContext context)
    {
        // Only a form already read by model binding: reading it here could fail in its turn.
        var form = context.Features.Get<IFormFeature>()?.Form;
        if (!HttpMethods.IsPost(context.Request.Method) || form is null || form["token"] is not [{ Length: > 0 } token])
        {
            return null;
        }

        return context.Request.Path.Equals(LandingPaths.CreateTrial, StringComparison.OrdinalIgnoreCase)
            ? new PageLink($"{LandingPaths.CreateTrial}?token={Uri.EscapeDataString(token)}", "Back to the sign-up form")
            : null;
    }
}
