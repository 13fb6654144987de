using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Razor;
using Partner.WebApi.Authentication;

namespace Partner.WebApi.DatabricksPartnerConnect;

public static class DatabricksPartnerConnectModule
{
    public static IServiceCollection AddDatabricksPartnerConnectWebApi(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, DatabricksBasicAuthenticationHandler>(PartnerAuthenticationSchemes.DatabricksBasic, null);
        services.Configure<RazorViewEngineOptions>(o => o.ViewLocationFormats.Add("/Views/DatabricksPartnerConnect/{1}/{0}.cshtml"));
        return services;
    }
}
