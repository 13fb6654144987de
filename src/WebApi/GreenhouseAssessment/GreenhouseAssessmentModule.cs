using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Razor;
using Partner.WebApi.Authentication;

namespace Partner.WebApi.GreenhouseAssessment;

public static class GreenhouseAssessmentModule
{
    public static IServiceCollection AddGreenhouseAssessmentWebApi(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, GreenhouseBasicAuthenticationHandler>(PartnerAuthenticationSchemes.GreenhouseBasic, null);
        services.Configure<RazorViewEngineOptions>(o => o.ViewLocationFormats.Add("/Views/GreenhouseAssessment/{1}/{0}.cshtml"));
        return services;
    }
}
