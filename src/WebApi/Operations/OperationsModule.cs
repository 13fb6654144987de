using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Partner.Application.Common.Configuration;
using Partner.WebApi.Authentication;

namespace Partner.WebApi.Operations;

/// <summary>The operators' side: the admin keys and their scopes, which every module's admin endpoints use, and readiness.</summary>
public static class OperationsModule
{
    public static IServiceCollection AddOperationsWebApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AdminOptions, AdminOptionsValidator>(configuration, AdminOptions.Section);
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, AdminBearerAuthenticationHandler>(PartnerAuthenticationSchemes.AdminBearer, null);
        services.AddSingleton<IAuthorizationHandler, AdminScopeRequirement>();
        services.AddAuthorization(o => o.AddPolicy(AdminScopeRequirement.Policy, policy => policy
            .AddAuthenticationSchemes(PartnerAuthenticationSchemes.AdminBearer).RequireAuthenticatedUser().AddRequirements(new AdminScopeRequirement())));
        services.AddSingleton<Application.Operations.Readiness.IReadinessProbe, WebApiReadinessProbe>();
        return services;
    }
}
