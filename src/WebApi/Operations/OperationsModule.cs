using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Partner.WebApi.Authentication;

namespace Partner.WebApi.Operations;

/// <summary>The operators' side: the admin keys and their scopes, which every module's admin endpoints use, and readiness.</summary>
public static class OperationsModule
{
    public static IServiceCollection AddOperationsWebApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.Section))
            .Validate(o => o.ScopedKeys.All(k => !string.IsNullOrWhiteSpace(k.Key)), "Admin:ScopedKeys:N:Key must not be empty.")
            .Validate(o => o.ScopedKeys.All(k => k.ScopeList.Count > 0 && k.ScopeList.All(AdminScopes.All.Contains)),
                $"Admin:ScopedKeys:N:Scopes must name one or more of {string.Join(", ", AdminScopes.All)}, comma-separated.")
            .ValidateOnStart();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, AdminBearerAuthenticationHandler>(PartnerAuthenticationSchemes.AdminBearer, null);
        services.AddSingleton<IAuthorizationHandler, AdminScopeRequirement>();
        services.AddAuthorization(o => o.AddPolicy(AdminScopeRequirement.Policy, policy => policy
            .AddAuthenticationSchemes(PartnerAuthenticationSchemes.AdminBearer).RequireAuthenticatedUser().AddRequirements(new AdminScopeRequirement())));
        services.AddSingleton<Application.Operations.Readiness.IReadinessProbe, WebApiReadinessProbe>();
        return services;
    }
}
