using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Razor;
using Partner.Application.Common.Configuration;
using Partner.WebApi.Authentication;

namespace Partner.WebApi.DatabricksPartnerConnect;

public static class DatabricksPartnerConnectModule
{
    public static IServiceCollection AddDatabricksPartnerConnectWebApi(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, DatabricksBasicAuthenticationHandler>(PartnerAuthenticationSchemes.DatabricksBasic, null);
        services.AddOptions<PartnerConnectOptions>()
            .Validate(o => o.Credentials.Count > 0 || environment.IsDevelopment(),
                "PartnerConnect:Credentials needs at least one Username/Password pair outside Development (Databricks cannot call us otherwise).");
        services.Configure<RazorViewEngineOptions>(o => o.ViewLocationFormats.Add("/Views/DatabricksPartnerConnect/{1}/{0}.cshtml"));
        return services;
    }
}
