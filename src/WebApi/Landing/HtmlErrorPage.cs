using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Partner.WebApi.Landing;

/// <summary>The error answer of an HTML endpoint (<see cref="HtmlPageAttribute"/>): the Message view, with the page headers.</summary>
public static class HtmlErrorPage
{
    public static Task WriteAsync(HttpContext context, int status, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        var branding = context.RequestServices.GetRequiredService<LandingBrandingSource>().Current;
        LandingSecurityHeaders.Apply(context.Response);
        var view = new ViewResult
        {
            ViewName = "~/Views/Shared/Message.cshtml",
            StatusCode = status,
            ViewData = new ViewDataDictionary<MessageView>(new EmptyModelMetadataProvider(), new ModelStateDictionary())
            {
                Model = new MessageView("Something is not right", message, branding),
            },
        };
        return view.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }
}
